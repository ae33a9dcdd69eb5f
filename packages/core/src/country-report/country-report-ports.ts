import type { Locale } from '../model.ts';
import type { Trend } from './assessment/assessment-evidence.ts';
import type { NarrativePart } from './narrative/draft-country-narrative.ts';

/** The editor's text of one part of the narrative, kept beside the draft it was made from. */
export interface NarrativeEdit {
  year: number;
  locale: Locale;
  part: NarrativePart;
  /** The draft as it stood when the edit was saved. */
  draft: string;
  edited: string;
  version: number;
  editedBy: string | null;
  editedAt: Date;
}

/** The coordinator's own verdict and notes on one criterion, beside the system's. */
export interface CriterionAssessment {
  year: number;
  criterion: string;
  verdict: Trend;
  notes: string;
  version: number;
  assessedBy: string | null;
  assessedAt: Date;
}

export interface CountryReportStore {
  listEdits(year: number, locale: Locale): Promise<NarrativeEdit[]>;
  /**
   * Saves an edit when the stored one is at `expectedVersion` (0: none yet); false when someone
   * saved in between (compare-and-set: two editors never overwrite each other unseen).
   */
  putEdit(edit: NarrativeEdit, expectedVersion: number): Promise<boolean>;
  listAssessments(year: number): Promise<CriterionAssessment[]>;
  putAssessment(assessment: CriterionAssessment, expectedVersion: number): Promise<boolean>;
}
