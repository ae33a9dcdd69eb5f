import { describe, expect, it } from 'vitest';
import { assembleTable } from './assemble-table.ts';
import { tables } from './catalogue.ts';
import { createFigureLookup } from './figure-lookup.ts';
import { statisticsLabels } from './statistics-labels.ts';
import type { AggregateRow } from './statistics-ports.ts';

const periods = {
  current: { from: '2025-01-01', to: '2026-01-01', label: '2025' },
  previous: { from: '2024-01-01', to: '2025-01-01', label: '2024' },
};
const row = (
  period: number,
  values: AggregateRow['values'],
  count: number,
  medians: Record<string, number> = {},
): AggregateRow => ({
  period,
  grouping: 0,
  values,
  count,
  medians,
  medianCounts: Object.fromEntries(Object.keys(medians).map((k) => [k, count])),
});
const definition = (key: string) => tables.find((t) => t.key === key)!;

describe('assembleTable', () => {
  it('lays out cells, totals and both years in catalogue order with labels; missing figures are zero', () => {
    const figures = createFigureLookup([
      row(0, { sex: 'female', age_group: 'adult' }, 50),
      row(0, { sex: 'female', age_group: 'child' }, 1),
      row(0, { sex: 'male', age_group: 'adult' }, 3),
      row(0, { sex: 'female' }, 51),
      row(0, { sex: 'male' }, 3),
      row(0, { age_group: 'adult' }, 53),
      row(0, { age_group: 'child' }, 1),
      row(0, {}, 54),
      row(1, {}, 56),
    ]);
    const table = assembleTable({
      definition: definition('victims_identified.sex_age'),
      figures,
      periods,
      labels: statisticsLabels('en'),
      view: 'internal',
      threshold: 5,
    });
    expect(table.rows.map((r) => r.code)).toEqual(['female', 'male', 'other', 'unknown']);
    expect(table.columns.map((c) => c.code)).toEqual(['adult', 'child', 'unknown']);
    expect(table.current.cells[0]!.map((c) => c.value)).toEqual([50, 1, 0]);
    expect(table.current.total).toEqual({ value: 54, suppressed: false });
    expect(table.previous.total.value).toBe(56);
    expect(table.rows[0]!.label).toBe('Female');
  });

  it('keeps only the organisation types that sent or received something in either year', () => {
    const figures = createFigureLookup([
      row(0, { sender_type: 'ngo' }, 7),
      row(1, { sender_type: 'police' }, 2),
      row(0, { recipient_type: 'shelter' }, 7),
      row(1, { recipient_type: 'shelter' }, 2),
    ]);
    const table = assembleTable({
      definition: definition('referrals_sent.sender_recipient'),
      figures,
      periods,
      labels: statisticsLabels('en'),
      view: 'internal',
      threshold: 5,
    });
    expect(table.rows.map((r) => r.code)).toEqual(['police', 'ngo']);
    expect(table.columns.map((c) => c.code)).toEqual(['shelter']);
  });

  it('hides a median resting on fewer records than the threshold in the published view only', () => {
    const figures = createFigureLookup([
      row(0, { age_group: 'adult' }, 12, { screening_to_decision: 4.25 }),
      row(0, { age_group: 'child' }, 3, { screening_to_decision: 9 }),
      row(0, {}, 15, { screening_to_decision: 5 }),
    ]);
    const build = (view: 'internal' | 'published') =>
      assembleTable({
        definition: definition('decisions_due.median_days'),
        figures,
        periods,
        labels: statisticsLabels('en'),
        view,
        threshold: 5,
      });
    expect(build('internal').current.rowTotals.map((c) => c.value)).toEqual([4.3, 9, null]);
    expect(build('published').current.rowTotals).toEqual([
      { value: 4.3, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: false },
    ]);
  });

  it('totals a sum per cell, hides one resting on fewer records than the threshold when published, and heads it with its unit', () => {
    const withSum = (values: AggregateRow['values'], n: number, total: number | null): AggregateRow => ({
      ...row(0, values, n),
      sums: { amount: total },
      sumCounts: { amount: total === null ? 0 : n },
    });
    const figures = createFigureLookup([
      withSum({ age_group: 'adult' }, 53, 21_200),
      withSum({ age_group: 'child' }, 2, 800),
      withSum({ age_group: 'unknown' }, 1, null),
      withSum({}, 56, 22_000),
    ]);
    const build = (view: 'internal' | 'published', locale: 'en' | 'ru' = 'en') =>
      assembleTable({
        definition: {
          key: 'allowances.total',
          fact: 'allowances',
          rows: 'age_group',
          columns: null,
          measure: { kind: 'sum', value: 'amount', unit: 'amount' },
        },
        figures,
        periods,
        labels: statisticsLabels(locale),
        view,
        threshold: 5,
      });
    expect(build('internal').current.rowTotals.map((c) => c.value)).toEqual([21_200, 800, 0]);
    expect(build('internal').current.total.value).toBe(22_000);
    expect(build('published').current.rowTotals).toEqual([
      { value: 21_200, suppressed: false },
      { value: null, suppressed: true },
      { value: 0, suppressed: false },
    ]);
    expect(build('internal').measureLabel).toBe('Total, amount');
    expect(build('internal', 'ru').measureLabel).toBe('Итого, сумма');
  });
});
