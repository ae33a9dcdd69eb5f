import type { CtdcSyntheticColumn, CtdcSyntheticRow } from './ctdc-synthetic-columns.ts';

/**
 * The size of the smallest group of rows sharing one combination of values of `columns` (an empty
 * cell counting as a value): the k the rows actually achieve on those columns. Infinity for no
 * rows. The export checks its own output with it before anything is written.
 */
export function measureKAnonymity(
  rows: readonly CtdcSyntheticRow[],
  columns: readonly CtdcSyntheticColumn[],
): number {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(columns.map((c) => row[c]));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return Math.min(...sizes.values());
}
