import type { Cell, ReportTable } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';

/**
 * How one figure reads on screen. Every hidden figure of the published view shows the same mark
 * as the files ("x"), small or hidden to protect a small one: two marks would tell a reader
 * which cells are small. A median over no records is a dash. The legend explains both.
 */
export const suppressedMarker = 'x';
export const emptyMarker = '–';

/** Counts as whole numbers, medians with one decimal at most, sums (money) with two. */
function digitsOf(measure: ReportTable['measure']): number {
  return measure.kind === 'count' ? 0 : measure.kind === 'sum' ? 2 : 1;
}

/** A figure in the interface language's digits and grouping. */
export function formatFigure(value: number, measure: ReportTable['measure'], locale: string): string {
  const digits = digitsOf(measure);
  return formatNumber(value, locale, { maximumFractionDigits: digits });
}

export function cellText(cell: Cell, measure: ReportTable['measure'], locale: string): string {
  if (cell.value !== null) return formatFigure(cell.value, measure, locale);
  if (cell.suppressed) return suppressedMarker;
  return emptyMarker;
}

/** Current minus previous; unknown when either side is hidden or has no records. */
export function changeOf(current: Cell, previous: Cell): number | null {
  if (current.value === null || previous.value === null) return null;
  return current.value - previous.value;
}

/** "+3", "−2" or "0": a change always says which way it went. */
export function changeText(change: number | null, measure: ReportTable['measure'], locale: string): string {
  if (change === null) return emptyMarker;
  const digits = digitsOf(measure);
  return formatNumber(change, locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
}
