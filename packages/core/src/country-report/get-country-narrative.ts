import type { Ctx } from '../context.ts';
import type { Locale } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import type { NarrativeFigure, Period } from '../statistics/report-model.ts';
import { buildCountryReportBasis } from './build-country-report-basis.ts';
import {
  type DraftPart,
  draftCountryNarrative,
  type NarrativePart,
} from './narrative/draft-country-narrative.ts';
import { flagNumberChanges, type NumberChange } from './narrative/flag-number-changes.ts';

export interface CountryNarrativePart {
  part: NarrativePart;
  title: string;
  /** The draft from today's figures, and the cells its numbers were read from. */
  draft: string;
  figures: NarrativeFigure[];
  /** The editor's text, when there is one, with the version to save against (0: none). */
  edited: string | null;
  version: number;
  editedAt: Date | null;
  /** The draft the edit was made from differs from today's: the figures moved since. */
  draftChanged: boolean;
  /** Numbers the edit says that the draft does not, and the draft's numbers it dropped. */
  changedNumbers: NumberChange[];
  /** What the document says: the edit if any, else the draft. */
  text: string;
}

export interface CountryNarrative {
  locale: Locale;
  period: Period;
  previousPeriod: Period;
  parts: CountryNarrativePart[];
}

export function draftText(part: DraftPart): string {
  return part.paragraphs.map((p) => p.text).join('\n\n');
}

/**
 * The country narrative of a year in one language: drafted from the figures, with the editor's
 * text beside each part and every number the editor changed flagged against today's draft.
 */
export async function getCountryNarrative(
  ctx: Ctx,
  input: { year: number; locale?: Locale | undefined },
): Promise<CountryNarrative> {
  authorize(ctx.actor, 'country_report', 'read');
  const locale = input.locale ?? 'en';
  const { report, assessment } = await buildCountryReportBasis(ctx, { year: input.year, locale });
  const edits = await ctx.store.countryReports.listEdits(input.year, locale);
  const parts = draftCountryNarrative(report, assessment).map((part): CountryNarrativePart => {
    const draft = draftText(part);
    const edit = edits.find((e) => e.part === part.part);
    return {
      part: part.part,
      title: part.title,
      draft,
      figures: part.paragraphs.flatMap((p) => p.figures),
      edited: edit?.edited ?? null,
      version: edit?.version ?? 0,
      editedAt: edit?.editedAt ?? null,
      draftChanged: edit ? edit.draft !== draft : false,
      changedNumbers: edit ? flagNumberChanges(draft, edit.edited, locale) : [],
      text: edit?.edited ?? draft,
    };
  });
  return { locale, period: report.period, previousPeriod: report.previousPeriod, parts };
}
