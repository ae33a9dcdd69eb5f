import type { Locale } from '../../model.ts';

/** Whether more of a figure is better (investigations), worse (victims penalised), or neither. */
export type Direction = 'higher_better' | 'lower_better';

/** How a figure moved against the previous period, read in its direction. */
export type Trend = 'improved' | 'unchanged' | 'worse' | 'no_data';

type Words = Record<Locale, string>;

/**
 * One piece of evidence: a figure of the statistics or of the prevention records, for the period
 * and the one before. `weakness` says when it is where the country would be criticised, and the
 * words of that criticism and of the recommendation that answers it.
 */
export interface EvidenceDefinition {
  key: string;
  label: Words;
  direction: Direction;
  /** Where it comes from: a catalogue table's cells, or the prevention and plan records. */
  source: string;
  /** A weakness when the figures are so (evaluated on the period's values). */
  weakness?: {
    when: (current: number, figures: ReadonlyMap<string, number | null>) => boolean;
    finding: Words;
    recommendation: Words;
  };
}

export interface Evidence {
  key: string;
  label: string;
  source: string;
  current: number | null;
  previous: number | null;
  trend: Trend;
  /** The criticism the figures invite, in the reader's language; null when none. */
  weakness: string | null;
  recommendation: string | null;
}

export function trendOf(current: number | null, previous: number | null, direction: Direction): Trend {
  if (current === null || previous === null) return 'no_data';
  if (current === previous) return 'unchanged';
  const better = direction === 'higher_better' ? current > previous : current < previous;
  return better ? 'improved' : 'worse';
}
