import { buildAnnualReport, exportCtdcSynthetic, getPersonFile, type Organisation } from '@opennrm/core';
import { actAs, addOrganisation, createTestDeps } from '@opennrm/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { createCtdcExportSource } from '../stores/ctdc-export-source.ts';
import { aDecision, anExploitation, aPerson } from '../testing/identification-fixtures.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';

/**
 * Issue 11: a foreign man exploited in the reporting country crossed a border to be exploited,
 * so he is transnational wherever he is shown: the report, the person page, the CTDC export.
 * (The report used to call him internal, comparing only the country of exploitation with ours.)
 */
describeEachBackend('a foreign national exploited in the reporting country', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let police: Organisation;
  let coordinator: Organisation;
  const ids: string[] = [];

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    police = await addOrganisation(deps, 'police', 'Anti-Trafficking Department');
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    // Eleven alike, so the k-anonymous export (k = 11) publishes them as they are.
    for (let i = 0; i < 11; i++) {
      const person = aPerson(police.id, {
        gender: 'Masculine',
        citizenships: ['UZ'],
        birthYear: 1985,
        ageBand: '27-29',
        status: 'identified',
        stateDecided: true,
        firstScreenedAt: new Date('2014-05-02T08:00:00Z'),
        createdAt: new Date('2014-05-02T08:00:00Z'),
      });
      await deps.store.persons.create(person);
      await deps.store.persons.saveExploitation(
        anExploitation(person.id, {
          forms: ['ForcedLabour'],
          industry: 'F',
          meansOfControl: [],
          recruiterRelationship: null,
          recruitmentCountries: [],
          transitCountries: [],
          exploitationCountries: ['AZ'],
          periodFrom: null,
          periodTo: null,
        }),
      );
      await deps.store.decisions.create(
        aDecision(person, { outcome: 'identified', decidingBodyType: 'Police', decidedOn: '2014-06-10' }),
      );
      ids.push(person.id);
    }
  }, 120_000);
  afterAll(() => database.close());

  it('is transnational in the report', async () => {
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2014,
    });
    const table = report.tables.find((t) => t.key === 'victims_identified.scope_sex')!;
    const row = (code: string) =>
      table.current.rowTotals[table.rows.findIndex((r) => r.code === code)]?.value;
    expect(row('transnational')).toBe(11);
    expect(row('internal') ?? 0).toBe(0);
  });

  it('is transnational on the person page', async () => {
    const file = await getPersonFile(actAs(deps, police, ['case_worker']), ids[0]!);
    expect(file.scope).toBe('transnational');
    expect(file.foreign).toBe(true);
  });

  it('is transnational to a reader of the CTDC export (citizenship and country differ)', async () => {
    const ctx = actAs(deps, coordinator, ['national_coordinator']);
    const { csv } = await exportCtdcSynthetic(
      { ...ctx, ctdcExportSource: createCtdcExportSource(database.db) },
      { fromYear: 2014, toYear: 2014 },
    );
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    const columns = header!.split(',');
    const rows = lines.map((line) => line.split(','));
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(row[columns.indexOf('citizenship')]).toBe('UZB');
      expect(row[columns.indexOf('CountryOfExploitation')]).toBe('AZE');
    }
  });
});
