import type { DimensionKey } from './dimensions.ts';
import type { AggregateRow } from './statistics-ports.ts';

/** A figure's address: the period index and the dimension values of its grouping (sorted). */
function keyOf(period: number, values: Partial<Record<DimensionKey, string>>): string {
  const parts = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return `${period}|${parts.join('&')}`;
}

export interface FigureLookup {
  count(period: number, values: Partial<Record<DimensionKey, string>>): number;
  median(
    period: number,
    values: Partial<Record<DimensionKey, string>>,
    duration: string,
  ): { value: number | null; n: number };
  sum(
    period: number,
    values: Partial<Record<DimensionKey, string>>,
    value: string,
  ): { value: number | null; n: number };
}

/** Rows of one aggregate call, addressable by period and dimension values (absent = zero). */
export function createFigureLookup(rows: readonly AggregateRow[]): FigureLookup {
  const byKey = new Map<string, AggregateRow>();
  for (const row of rows) byKey.set(keyOf(row.period, row.values), row);
  return {
    count: (period, values) => byKey.get(keyOf(period, values))?.count ?? 0,
    median: (period, values, duration) => {
      const row = byKey.get(keyOf(period, values));
      return { value: row?.medians[duration] ?? null, n: row?.medianCounts[duration] ?? 0 };
    },
    sum: (period, values, value) => {
      const row = byKey.get(keyOf(period, values));
      return { value: row?.sums?.[value] ?? null, n: row?.sumCounts?.[value] ?? 0 };
    },
  };
}
