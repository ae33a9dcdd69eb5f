import type { Cell, ReportTable } from '../api/types.ts';
import { intlTag } from '../i18n/format.ts';

/**
 * How one figure reads on screen. A suppressed cell (published view) shows "<5" when it is small
 * and "×" when it was hidden only so that a small one cannot be worked out from the totals; a
 * median over no records is a dash. The legend under the report explains all three.
 */
export const secondaryMarker = '×';
export const emptyMarker = '–';

export function suppressedMarker(threshold: number): string {
  return `<${threshold}`;
}

/** Counts as whole numbers, medians (days) with one decimal at most, in the interface language. */
export function formatFigure(value: number, measure: ReportTable['measure'], locale: string): string {
  const digits = measure.kind === 'count' ? 0 : 1;
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
}

export function cellText(
  cell: Cell,
  measure: ReportTable['measure'],
  threshold: number,
  locale: string,
): string {
  if (cell.value !== null) return formatFigure(cell.value, measure, locale);
  if (cell.suppressed === 'primary') return suppressedMarker(threshold);
  if (cell.suppressed === 'secondary') return secondaryMarker;
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
  const digits = measure.kind === 'count' ? 0 : 1;
  return new Intl.NumberFormat(intlTag(locale), {
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(change);
}
