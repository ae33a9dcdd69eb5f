/**
 * The questionnaires a country answers every year (the US TIP report's data request, GRETA's
 * statistical annex, UNODC's GLOTIP form) as data: each answerable question is a cell that reads
 * cells of the statistics catalogue, so the three submissions are filled from one set of figures
 * and can never disagree. What a template cannot fill from the records is listed with the reason.
 */
export const submissionKeys = ['tip', 'greta', 'glotip'] as const;
export type SubmissionKey = (typeof submissionKeys)[number];

/** A cell of a catalogue table: row and column codes, null = that axis's total. */
export interface StatisticRef {
  table: string;
  row: string | null;
  column: string | null;
}

/**
 * One question of a questionnaire answered by the statistics: the figure is the sum of `refs`
 * (all counts or all sums of one unit; a median is a single ref), for the report's period or the
 * one before.
 */
export interface TemplateCell {
  key: string;
  /** Heading of the questionnaire it belongs to (its own words, in English as the body asks). */
  section: string;
  /** The question as the body words it. */
  label: string;
  refs: readonly StatisticRef[];
  period?: 'current' | 'previous';
  /**
   * Prison terms in a range of months (the body's own bands): `refs` names the table, and the
   * figure is the sum of the rows of
   * this table whose configured band lies inside the range, whatever bands the country set;
   * when a configured band straddles a bound the question cannot be answered from the table.
   */
  prisonRange?: { table: string; fromMonths: number; toMonths: number | null };
}

/** A question the records cannot answer yet, and why (a missing fact, dimension or crossing). */
export interface UnfilledQuestion {
  key: string;
  section: string;
  label: string;
  reason: string;
}

export interface SubmissionTemplate {
  key: SubmissionKey;
  /** The questionnaire's name and the body that asks. */
  title: string;
  body: string;
  /** What the body means by its period and words, as the file says it to the reader. */
  notes: readonly string[];
  cells: readonly TemplateCell[];
  unfilled: readonly UnfilledQuestion[];
}

/** One ref per cell: `ref('table', 'row', 'column')`. */
export function ref(table: string, row: string | null = null, column: string | null = null): StatisticRef {
  return { table, row, column };
}
