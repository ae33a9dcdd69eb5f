import { ensureTrackingTriggersOn } from '@opennrm/db';
import { describeEachBackend, recomputeReportingDates, type TestDatabase } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateScaleCountry } from './generate-scale-country.ts';
import { createThrowawayDeps } from './scale-deps.ts';

const disabledTriggers = sql<{ n: number }>`select count(*)::int as n from pg_trigger
  where tgname in ('screenings_track_presumed', 'decisions_track_decided') and tgenabled = 'D'`;

describeEachBackend('reporting triggers after a killed demo --scale load', (open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
    await generateScaleCountry(database, { persons: 60, seed: 5, deps: await createThrowawayDeps(database) });
  });
  afterAll(() => database.close());

  it('switches them back on at the next start and repairs the dates written without them', async () => {
    const { db } = database;
    // What a load killed midway leaves: triggers off, and app writes that missed them.
    await sql`alter table screenings disable trigger screenings_track_presumed`.execute(db);
    await sql`alter table identification_decisions disable trigger decisions_track_decided`.execute(db);
    await sql`update persons set presumed_at = null, identified_on = null, first_decided_on = null`.execute(
      db,
    );
    expect((await recomputeReportingDates(db)).length).toBeGreaterThan(0);

    await ensureTrackingTriggersOn(db);
    expect((await disabledTriggers.execute(db)).rows[0]?.n).toBe(0);
    expect(await recomputeReportingDates(db)).toEqual([]);
    // The usual start: nothing to do, and nothing done.
    await ensureTrackingTriggersOn(db);
    expect((await disabledTriggers.execute(db)).rows[0]?.n).toBe(0);
  });
});
