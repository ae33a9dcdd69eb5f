import type { ExploitationForm } from '../identification/identification-vocabulary.ts';
import type {
  AdministrativeMeasure,
  CaseVictimRole,
  CloseReason,
  DefendantAgeBand,
  DefendantKind,
  DefendantSex,
  DefendantStage,
  OpeningBody,
  ProtectionMeasure,
  Verdict,
  VictimPenalty,
} from './prosecution-vocabulary.ts';

/**
 * A criminal case: it belongs to the organisation that opened it and is shared with the assigned
 * prosecutor's organisation. A case involving a public official (flagged, or with a defendant who
 * is one) is compartmented: see policy/case-access-policy.ts.
 */
export interface CriminalCase {
  id: string;
  organisationId: string;
  /** A short, non-identifying reference for lists (the case number). */
  reference: string;
  openedBy: OpeningBody;
  /** The day the case was opened (may be in the past); `createdAt` is when it was recorded. */
  openedOn: string;
  /** Article codes of the country's criminal code (prosecution settings). */
  legalBasis: string[];
  exploitationForms: ExploitationForm[];
  /** Flagged by a user as involving a public official. */
  officialFlag: boolean;
  /** The flag, or any defendant who is a public official: the compartment's test. */
  complicity: boolean;
  prosecutorUserId: string | null;
  prosecutorOrganisationId: string | null;
  alertIds: string[];
  /** Bumped on every change, for compare-and-set. */
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseVictim {
  caseId: string;
  personId: string;
  role: CaseVictimRole;
  testified: boolean;
  /** The day they testified (statistics count testimonies by it); null when not known. */
  testifiedOn: string | null;
  protectionMeasures: ProtectionMeasure[];
  linkedAt: Date;
}

/** A sentence as pronounced (or replaced): the stage carries it, the defendant its latest. */
export interface Sentence {
  prisonMonths: number;
  suspended: boolean;
  /** In the country's currency; 0 when none. */
  fine: number;
  confiscation: boolean;
  compensationOrdered: number;
  compensationPaid: number;
}

export interface Defendant {
  id: string;
  caseId: string;
  kind: DefendantKind;
  /** Name (a person's or a company's): sealed with `defendantNameAad`. */
  nameSealed: string;
  sex: DefendantSex;
  ageBand: DefendantAgeBand;
  /** ISO 3166-1 alpha-2, or null when unknown (or a company). */
  citizenship: string | null;
  publicOfficial: boolean;
  publicFunction: string | null;
  /** The latest stage and the day each stage first happened (statistics read these). */
  stage: DefendantStage;
  investigatedOn: string;
  chargedOn: string | null;
  trialOn: string | null;
  verdict: Verdict | null;
  verdictOn: string | null;
  closeReason: CloseReason | null;
  /** The first sentence's day; `sentence` is the latest (a replaced one stays in the stages). */
  sentencedOn: string | null;
  sentence: Sentence | null;
  /** How many times the sentence was replaced, and whether the latest is lighter than the first. */
  sentenceReplaced: number;
  sentenceReduced: boolean;
  appealedOn: string | null;
  finalOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DefendantStageRecord {
  id: string;
  defendantId: string;
  stage: DefendantStage;
  occurredOn: string;
  verdict: Verdict | null;
  closeReason: CloseReason | null;
  sentence: Sentence | null;
  /** Set on a sentence that replaced an earlier one. */
  replacesStageId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export interface AdministrativeMeasureRecord {
  id: string;
  defendantId: string;
  measure: AdministrativeMeasure;
  decidedOn: string;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * Compensation paid to the victims under a defendant's sentence, on the day it was paid (the
 * figures count money paid in a period by this day). The sentence's `compensationPaid` is the total.
 */
export interface CompensationPaymentRecord {
  id: string;
  defendantId: string;
  amount: number;
  paidOn: string;
  recordedBy: string;
  recordedAt: Date;
}

/** A victim penalised for what they were compelled to do (non-punishment). */
export interface VictimPenaltyRecord {
  id: string;
  personId: string;
  organisationId: string;
  penalty: VictimPenalty;
  occurredOn: string;
  recordedBy: string;
  recordedAt: Date;
}

export interface CaseFilter {
  /** Open: no defendant has a final stage; closed: all do. */
  status?: 'open' | 'final';
  form?: ExploitationForm;
  complicity?: boolean;
  openedFrom?: string;
  openedTo?: string;
  /** An article code: cases opened under it (among others). */
  legalBasis?: string;
}

export function defendantNameAad(defendantId: string): string {
  return `defendant.name.${defendantId}`;
}
