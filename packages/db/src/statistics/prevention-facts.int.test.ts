import { buildAnnualReport, type Organisation, preventionTables } from '@opennrm/core';
import { actAs, addOrganisation, createTestDeps } from '@opennrm/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { countPreventionFacts } from './prevention-brute-force.ts';
import { seedPrevention } from './prevention-scenario.ts';
import { type HandCounted, tallyWhere } from './protection-brute-force.ts';
import { seedScenario } from './statistics-scenario.ts';

/**
 * The prevention facts' SQL held to a count by hand from the tables' definitions, on both
 * databases: every cell, margin and total of every table, in 2014 and 2013.
 */
describeEachBackend('prevention figures over the records', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let coordinator: Organisation;
  let counted: Record<string, HandCounted[]>;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const organisations = [
      await addOrganisation(deps, 'hotline', 'Hotline 152'),
      await addOrganisation(deps, 'police', 'Anti-Trafficking Department'),
      await addOrganisation(deps, 'ngo', 'Clean World'),
    ];
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    const records = await seedScenario(deps.store, organisations, 40, 2016);
    const scenario = await seedPrevention(deps.store, records, organisations, 14);
    const today = deps.clock.now().toISOString().slice(0, 10);
    counted = countPreventionFacts(scenario, records, organisations, today);
  }, 120_000);
  afterAll(() => database.close());

  it('counts every prevention table as its definition says, in 2014 and 2013', async () => {
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2014,
      view: 'internal',
    });
    let checked = 0;
    for (const definition of preventionTables) {
      const table = report.tables.find((t) => t.key === definition.key)!;
      const sum = definition.measure.kind === 'sum' ? definition.measure.value : null;
      for (const [period, range] of [
        ['current', report.period],
        ['previous', report.previousPeriod],
      ] as const) {
        const figures = table[period];
        const tally = (where: Record<string, string>) =>
          tallyWhere(counted[definition.fact]!, range.from, range.to, where, sum);
        const same = (value: number | null, expected: number, what: string) =>
          expect(value ?? 0, `${definition.key} ${period} ${what}`).toBe(expected);
        same(figures.total.value, tally({}), 'total');
        table.rows.forEach((row, i) => {
          same(figures.rowTotals[i]!.value, tally({ [definition.rows]: row.code }), row.code);
          table.columns.forEach((column, j) => {
            same(
              figures.cells[i]![j]!.value,
              tally({ [definition.rows]: row.code, [definition.columns!]: column.code }),
              `${row.code} x ${column.code}`,
            );
            checked++;
          });
        });
      }
    }
    expect(checked).toBeGreaterThan(200);
    const places = report.tables.find((t) => t.key === 'places_reached.region')!.current.total.value!;
    const activities = report.tables.find((t) => t.key === 'awareness_activities.audience_channel')!.current
      .total.value!;
    // Places repeat: fewer distinct places than activities, and some.
    expect(places).toBeGreaterThan(3);
    expect(places).toBeLessThan(activities);
    const planned = report.tables.find((t) => t.key === 'training_planned_bodies.body_given')!;
    const diplomats = planned.rows.findIndex((r) => r.code === 'diplomats');
    expect(planned.current.cells[diplomats]![1]!.value).toBe(1);
    const hotline = report.tables.find((t) => t.key === 'hotline_contacts.outcome_result')!;
    expect(hotline.current.columnTotals[0]!.value! + hotline.current.columnTotals[1]!.value!).toBeGreaterThan(
      0,
    );
  });
});
