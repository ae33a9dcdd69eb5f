import { ensureShippedIndicatorLists, listCriminalCases, readCriminalCase } from '@opennrm/core';
import { createDatabaseTestDeps, describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from './load-demo.ts';
import { actingAs } from './load-demo-persons.ts';
import { loadDemoProsecution } from './load-demo-prosecution.ts';

/** The seed's cases: the reduced sentence kept as history, the officer's case compartmented. */
describeEachBackend('demo prosecution', (open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.close());

  it('loads the four cases once; the investigator never sees the complicity case, the integrity unit does', async () => {
    const deps = createDatabaseTestDeps(database.db);
    await ensureShippedIndicatorLists(deps);
    await loadDemo(deps, { moduleRecords: false });
    const as = (email: string) => actingAs(deps, email);
    expect(await loadDemoProsecution(deps, as)).toBe(4);
    expect(await loadDemoProsecution(deps, as)).toBe(0);

    const page = { limit: 50, offset: 0 };
    const police = await listCriminalCases(await as('investigator@demo.opennrm.org'), {}, page);
    expect(police.cases.map((c) => c.reference).sort()).toEqual([
      'ATD-2013-008',
      'ATD-2014-017',
      'ATD-2015-002',
    ]);
    expect(police.total).toBe(3);
    const integrity = await listCriminalCases(
      await as('integrity@demo.opennrm.org'),
      { complicity: true },
      page,
    );
    expect(integrity.cases.map((c) => c.reference)).toEqual(['ATD-2014-031']);

    const officerCase = await readCriminalCase(
      await as('integrity@demo.opennrm.org'),
      integrity.cases[0]?.id ?? '',
    );
    expect(officerCase.measures.map((m) => m.measure)).toEqual(['dismissal']);
    expect(officerCase.defendants[0]?.stage).toBe('trial');
    await expect(
      readCriminalCase(await as('investigator@demo.opennrm.org'), officerCase.criminalCase.id),
    ).rejects.toMatchObject({ code: 'not_found' });

    const domestic = police.cases.find((c) => c.reference === 'ATD-2014-017');
    const view = await readCriminalCase(await as('prosecutor@demo.opennrm.org'), domestic?.id ?? '');
    const [businesswoman] = view.defendants;
    expect(businesswoman?.sentence).toMatchObject({ prisonMonths: 12, suspended: true });
    expect(businesswoman?.sentenceReduced).toBe(true);
    expect(view.stages.filter((s) => s.stage === 'sentence').map((s) => s.sentence?.prisonMonths)).toEqual([
      102, 12,
    ]);
  }, 120_000);
});
