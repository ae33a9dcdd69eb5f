import { ref, type StatisticRef, type TemplateCell } from '../submission-template.ts';

/**
 * Small builders for the questionnaires' cells, so the three templates say the same question
 * the same way (one ref list per question) instead of copying it from each other.
 */

/** A question answered by the sum of `refs` in the report's period. */
export function cell(
  key: string,
  section: string,
  label: string,
  refs: readonly StatisticRef[],
): TemplateCell {
  return { key, section, label, refs };
}

/** The same question for the period before (key `<key>.previous`): each body asks for the trend. */
export function previousOf(question: TemplateCell, label: string): TemplateCell {
  return { ...question, key: `${question.key}.previous`, label, period: 'previous' };
}

/** One ref per row of a table (their sum): e.g. assisted returns and repatriations. */
export function rows(table: string, codes: readonly string[], column: string | null = null): StatisticRef[] {
  return codes.map((code) => ref(table, code, column));
}

/** A question per value of a dimension, each one ref: `<prefix>.<code>`, labelled "<lead>: <words>". */
export function perValue(
  prefix: string,
  section: string,
  lead: string,
  values: readonly (readonly [string, string])[],
  refOf: (code: string) => StatisticRef,
): TemplateCell[] {
  return values.map(([code, words]) =>
    cell(`${prefix}.${code}`, section, `${lead}: ${words}`, [refOf(code)]),
  );
}

/** Returns the bodies ask about, in the returns table's rows. */
export const assistedReturns = rows('returns.kind_standing', ['assisted_voluntary_return', 'repatriation']);
export const forcedReturns = rows('returns.kind_standing', ['deportation', 'removal']);
