import { ensureShippedIndicatorLists, getActionPlan, listRecommendations } from '@opennrm/core';
import { createDatabaseTestDeps, describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from './load-demo.ts';
import { actingAs } from './load-demo-persons.ts';

/** The demo country loads the seed's ten recommendations and the action plan, once. */
describeEachBackend('demo prevention', (open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.close());

  it('loads the TIP 2015 recommendations with their status and evidence, and the plan with a computed indicator', async () => {
    const deps = createDatabaseTestDeps(database.db);
    await ensureShippedIndicatorLists(deps);
    await loadDemo(deps);
    await loadDemo(deps);
    const coordinator = await actingAs(deps, 'coordinator@demo.opennrm.org');
    const recommendations = await listRecommendations(coordinator);
    expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(recommendations.every((r) => r.years[0]?.year === 2015)).toBe(true);
    expect(recommendations[5]?.years[0]?.evidence).toEqual([
      { kind: 'statistic', tableKey: 'funding_allocated.recipient_source' },
    ]);
    const [plan] = await deps.store.actionPlans.listPlans();
    const view = await getActionPlan(coordinator, plan?.id ?? '');
    expect(view.activities.map((a) => a.code)).toEqual(['3.1', '3.2', '4.1', '4.2']);
    expect(view.overview.late.length).toBe(4);
    const computed = view.indicators.find((i) => i.source.kind === 'computed');
    expect(typeof computed?.yearValues['2014']).toBe('number');
  }, 180_000);
});
