/**
 * How many persons each registration year gets (a rising trend, as a maturing NRM registers
 * more), and where each person sits in its year: evenly spread instants in index order, so codes
 * and registration times rise together. Pure, so every pass over the persons agrees.
 */
export interface ScalePlan {
  years: number[];
  counts: number[];
  /** First code number reserved for each year (from person_code_counters). */
  firstCode: number[];
  /** The moment the snapshot is taken: nothing after it has happened yet. */
  asOf: Date;
}

export interface PersonSlot {
  index: number;
  year: number;
  code: string;
  createdAt: Date;
}

export const defaultFirstYear = 2016;
export const defaultLastYear = 2025;

export function countPerYear(total: number, years: readonly number[]): number[] {
  const weights = years.map((_, i) => 1 + (0.9 * i) / Math.max(1, years.length - 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  // Largest remainders get the persons rounding left over, so the counts add up exactly.
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  const left = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) {
    const i = order[k]?.[1] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Every person's slot, in index order, without holding them all. */
export function* personSlots(plan: ScalePlan): Generator<PersonSlot> {
  let index = 0;
  for (const [y, year] of plan.years.entries()) {
    const count = plan.counts[y] ?? 0;
    const start = Date.UTC(year, 0, 1);
    const span = Date.UTC(year + 1, 0, 1) - start;
    const first = plan.firstCode[y] ?? 1;
    for (let rank = 0; rank < count; rank++) {
      // Within the slot of this rank, a fixed offset of the index keeps instants strictly rising.
      const at = start + Math.floor(((rank + 0.5) * span) / count);
      yield {
        index,
        year,
        code: `NRM-${year}-${String(first + rank).padStart(6, '0')}`,
        createdAt: new Date(at),
      };
      index++;
    }
  }
}
