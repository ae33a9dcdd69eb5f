import { invalid } from '../support/errors.ts';

/**
 * A band of prison terms to serve, in months, from `fromMonths` up to but not including
 * `toMonths` (null: open-ended). A country reports in its own bands (the TIP seed: "three to
 * six years and eight to nine years"); the report's rows, SQL and sentences follow them.
 */
export interface SentenceBand {
  fromMonths: number;
  toMonths: number | null;
}

/** The demo's bands: under 1 year, 1-3, 3-6, 6-8, 8-10, 10 years or more (months). */
export const defaultSentenceBands: readonly SentenceBand[] = [
  { fromMonths: 0, toMonths: 12 },
  { fromMonths: 12, toMonths: 36 },
  { fromMonths: 36, toMonths: 72 },
  { fromMonths: 72, toMonths: 96 },
  { fromMonths: 96, toMonths: 120 },
  { fromMonths: 120, toMonths: null },
];

/** Sentences without prison time served: rows after the bands, whatever the bands are. */
export const nonCustodialSentenceRows = ['suspended', 'fine_only', 'other_non_custodial'] as const;

const span = (months: number) => (months % 12 === 0 ? String(months / 12) : `${months}m`);

/**
 * A band's row code, from its bounds, so that the same bounds always give the same code and the
 * default bands keep the codes figures were published under: 'under_1', '3_6', 'over_10';
 * bounds that are not whole years in months ('1_18m').
 */
export function sentenceBandCode(band: SentenceBand): string {
  if (band.toMonths === null) return `over_${span(band.fromMonths)}`;
  if (band.fromMonths === 0) return `under_${span(band.toMonths)}`;
  return `${span(band.fromMonths)}_${span(band.toMonths)}`;
}

/** The sentence_band dimension's values for these bands: the bands, then the non-custodial rows. */
export function sentenceBandValues(bands: readonly SentenceBand[]): string[] {
  return [...bands.map(sentenceBandCode), ...nonCustodialSentenceRows];
}

/**
 * Bands a report can use: at least two, whole months, in order, each starting where the one
 * before ends (no gap, no overlap), the first at 0 and only the last open-ended; at most 12 rows.
 */
export function validateSentenceBands(bands: readonly SentenceBand[]): SentenceBand[] {
  const fail = (why: string) => invalid(`Sentence bands: ${why}`, { fields: { sentenceBands: 'invalid' } });
  if (bands.length < 2 || bands.length > 12) throw fail('give between 2 and 12 bands.');
  const months = (value: unknown) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1200;
  bands.forEach((band, i) => {
    const last = i === bands.length - 1;
    if (!months(band.fromMonths)) throw fail('bounds are whole months from 0 to 1200.');
    if (i === 0 && band.fromMonths !== 0) throw fail('the first band starts at 0 months.');
    if (i > 0 && band.fromMonths !== bands[i - 1]!.toMonths)
      throw fail('each band starts where the one before ends.');
    if (last !== (band.toMonths === null)) throw fail('only the last band is open-ended.');
    if (band.toMonths !== null && (!months(band.toMonths) || band.toMonths <= band.fromMonths))
      throw fail('each band ends after it starts.');
  });
  return bands.map(({ fromMonths, toMonths }) => ({ fromMonths, toMonths }));
}
