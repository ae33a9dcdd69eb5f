type Row = Record<string, unknown>;

/**
 * Medians from the distributions countsAndMediansSql returns (part 1 + i: one row per value of
 * median i in a figure, with how many records have it), as one row per figure holding
 * `median_<name>` and `n_<name>` for every median. The median is percentile_cont(0.5)'s, to the
 * last bit: the values at positions floor and ceil of (n - 1) / 2 in order, and between them
 * `first + (second - first) * proportion`, as PostgreSQL's float8 interpolation computes it.
 */
export function readMedians(
  rows: readonly Row[],
  medians: readonly string[],
  dimensions: readonly string[],
): Row[] {
  const figures = new Map<string, Row>();
  const values = new Map<string, [number, number][]>();
  for (const row of rows) {
    const part = Number(row.part);
    const name = medians[part - 1];
    if (name === undefined) continue;
    const key = `${row.period}|${row.bits}|${dimensions.map((d) => row[d] ?? '\u0000').join('|')}`;
    if (!figures.has(key)) {
      const figure: Row = { period: row.period, bits: row.bits };
      for (const d of dimensions) figure[d] = row[d] ?? null;
      for (const m of medians) {
        figure[`median_${m}`] = null;
        figure[`n_${m}`] = 0;
      }
      figures.set(key, figure);
    }
    const list = values.get(`${key}|${name}`) ?? [];
    list.push([Number(row[`median_${name}`]), Number(row.count)]);
    values.set(`${key}|${name}`, list);
  }
  for (const [key, figure] of figures) {
    for (const name of medians) {
      const distribution = values.get(`${key}|${name}`);
      if (!distribution) continue;
      const { median, n } = medianOf(distribution);
      figure[`median_${name}`] = median;
      figure[`n_${name}`] = n;
    }
  }
  return [...figures.values()];
}

/** The median of values given with their counts (percentile_cont(0.5)); null for none. */
export function medianOf(distribution: readonly (readonly [value: number, count: number])[]): {
  median: number | null;
  n: number;
} {
  const sorted = [...distribution].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const n = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return { median: null, n: 0 };
  const position = 0.5 * (n - 1);
  const firstRow = Math.floor(position);
  const secondRow = Math.ceil(position);
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  const first = at(firstRow);
  if (firstRow === secondRow) return { median: first, n };
  const second = at(secondRow);
  return { median: first + (second - first) * (position - firstRow), n };
}
