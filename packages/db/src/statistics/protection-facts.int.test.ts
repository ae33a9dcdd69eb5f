import { buildAnnualReport, type Organisation, protectionTables } from '@opennrm/core';
import { actAs, addOrganisation, createTestDeps } from '@opennrm/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { countProtectionFacts, type HandCounted, tallyWhere } from './protection-brute-force.ts';
import { seedProtection } from './protection-scenario.ts';
import { seedScenario } from './statistics-scenario.ts';

/**
 * The protection facts' SQL held to a count by hand with core's definitions, on both databases:
 * every cell, margin and total of every count and sum table, in 2014 and 2013.
 */
describeEachBackend('protection figures over the records', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let coordinator: Organisation;
  let counted: Record<string, HandCounted[]>;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const organisations = [
      await addOrganisation(deps, 'police', 'Anti-Trafficking Department'),
      await addOrganisation(deps, 'ngo', 'Clean World'),
      await addOrganisation(deps, 'shelter', 'Shelter NGO'),
      await addOrganisation(deps, 'international_organisation', 'IOM'),
    ];
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    const records = await seedScenario(deps.store, organisations, 120, 2016);
    const scenario = await seedProtection(deps.store, records, organisations, 77);
    counted = countProtectionFacts(records, scenario, organisations);
  }, 180_000);
  afterAll(() => database.close());

  it('counts every protection table as the definitions do, in 2014 and 2013', async () => {
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2014,
      view: 'internal',
    });
    let checked = 0;
    for (const definition of protectionTables.filter((t) => t.measure.kind !== 'median')) {
      const table = report.tables.find((t) => t.key === definition.key)!;
      const sum = definition.measure.kind === 'sum' ? definition.measure.value : null;
      for (const [period, range] of [
        ['current', report.period],
        ['previous', report.previousPeriod],
      ] as const) {
        const figures = table[period];
        const tally = (where: Record<string, string>) =>
          tallyWhere(counted[definition.fact]!, range.from, range.to, where, sum);
        const close = (value: number | null, expected: number, what: string) =>
          expect(value ?? 0, `${definition.key} ${period} ${what}`).toBeCloseTo(expected, 2);
        // A table whose columns are apart (currencies) has no total and no row totals.
        const apart = definition.columnsApart === true;
        if (apart) expect(figures.total.value, `${definition.key} total`).toBeNull();
        else close(figures.total.value, tally({}), 'total');
        table.columns.forEach((column, j) => {
          close(figures.columnTotals[j]!.value, tally({ [definition.columns!]: column.code }), column.code);
        });
        table.rows.forEach((row, i) => {
          if (apart) expect(figures.rowTotals[i]!.value, `${definition.key} ${row.code}`).toBeNull();
          else close(figures.rowTotals[i]!.value, tally({ [definition.rows]: row.code }), row.code);
          table.columns.forEach((column, j) => {
            close(
              figures.cells[i]![j]!.value,
              tally({ [definition.rows]: row.code, [definition.columns!]: column.code }),
              `${row.code} x ${column.code}`,
            );
            checked++;
          });
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
    // A column per currency recorded, the national one first; the UAH on some records has none.
    const money = report.tables.find((t) => t.key === 'service_money.service_currency')!;
    expect(money.columns.map((c) => c.code)).toEqual(['AZN', 'USD', 'EUR']);
    expect(money.current.columnTotals.every((c) => (c.value ?? 0) > 0)).toBe(true);
    // The scenario is not empty: the comparison compared something.
    expect(
      report.tables.find((t) => t.key === 'person_services.service_standing')!.current.total.value,
    ).toBeGreaterThan(10);
  });

  it('hides in the published view a money sum that fewer payments or deliveries than the threshold stand behind', async () => {
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2014,
      view: 'published',
    });
    for (const key of ['funding_disbursed.service_recipient', 'service_money.service_currency']) {
      const definition = protectionTables.find((t) => t.key === key)!;
      const table = report.tables.find((t) => t.key === key)!;
      let small = 0;
      table.rows.forEach((row, i) => {
        table.columns.forEach((column, j) => {
          const behind = tallyWhere(
            counted[definition.fact]!,
            report.period.from,
            report.period.to,
            { [definition.rows]: row.code, [definition.columns!]: column.code },
            null,
          );
          const cell = table.current.cells[i]![j]!;
          if (behind > 0 && behind < report.threshold) {
            small++;
            expect(cell.suppressed, `${key} ${row.code} x ${column.code}`).toBe(true);
            expect(cell.value).toBeNull();
          }
        });
      });
      expect(small, key).toBeGreaterThan(0);
    }
  });
});
