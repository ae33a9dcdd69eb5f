import type { DimensionKey, DimensionValue } from '../dimensions.ts';
import type { StatisticsLabels } from '../statistics-labels.ts';

/**
 * StatisticsLabels with every value of every dimension required: a value added to dimensions.ts
 * (or an organisation type) is then a compile error in each language file until it is labelled,
 * instead of a code showing through in a published report. Table keys are plain strings in the
 * catalogue, so statistics-labels.test.ts checks those.
 */
export type CompleteStatisticsLabels = Omit<StatisticsLabels, 'dimensions'> & {
  dimensions: { [D in DimensionKey]: { label: string; values: Record<DimensionValue<D>, string> } };
};
