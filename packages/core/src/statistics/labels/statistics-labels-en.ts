import { tables } from '../catalogue.ts';
import { dimensionValues } from '../dimensions.ts';
import type { StatisticsLabels } from '../statistics-labels.ts';

// PLACEHOLDER (to be replaced by the real translations): codes as labels.
export const statisticsLabelsEn: StatisticsLabels = {
  tables: Object.fromEntries(tables.map((t) => [t.key, { title: t.key, definition: t.key }])),
  dimensions: Object.fromEntries(
    Object.entries(dimensionValues).map(([key, values]) => [
      key,
      { label: key, values: Object.fromEntries(values.map((v) => [v, v])) },
    ]),
  ) as StatisticsLabels['dimensions'],
  layout: {
    total: 'Total',
    change: 'Change',
    suppressed: '<{{threshold}}',
    suppressedNote: 'Suppressed',
    medianDays: 'Median days',
    count: 'Count',
  },
};
