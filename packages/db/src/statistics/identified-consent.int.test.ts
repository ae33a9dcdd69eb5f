import { consentAt, dayStartsAt } from '@opennrm/core';
import { addOrganisation, createTestDeps } from '@opennrm/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import { aConsent } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { type ScenarioRecord, seedScenario } from './statistics-scenario.ts';

const timeZone = 'Asia/Baku';
const periods = [
  { from: '2014-01-01', to: '2015-01-01' },
  { from: '2013-01-01', to: '2014-01-01' },
];

/**
 * Victims identified by consent read the person's one consent from the kept dimensions and
 * probe the consents only for a person with several (migration 44): held to core's consentAt
 * over the consents as stored, after consents are given again, withdrawn, moved and deleted,
 * so that every trigger path and both branches are counted, on both databases.
 */
describeEachBackend('victims identified by consent at the end of a period', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let records: ScenarioRecord[];

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const organisations = [
      await addOrganisation(deps, 'police', 'Anti-Trafficking Department'),
      await addOrganisation(deps, 'ngo', 'Clean World'),
    ];
    records = await seedScenario(deps.store, organisations, 90, 44);
  }, 120_000);
  afterAll(() => database?.close());

  const fromStore = async () => {
    const rows = await deps.store.statistics.aggregate({
      fact: 'victims_identified',
      source: { kind: 'national' },
      periods,
      timeZone,
      scope: { kind: 'national' },
      countryCode: 'AZ',
      groupings: [['consent']],
      medians: [],
      asOf: deps.clock.now(),
    });
    return Object.fromEntries(rows.map((r) => [`${r.period}|${r.values.consent}`, r.count]));
  };

  /** By hand: each identified person in the period of their identification, consents as stored now. */
  const byHand = async () => {
    const stored = (
      await sql<{ person_id: string; given_on: string; withdrawn_at: Date | null }>`
        select person_id, given_on::text, withdrawn_at from consents`.execute(database.db)
    ).rows;
    const identified = (
      await sql<{ id: string; identified_on: string }>`
        select id, identified_on::text from persons where status = 'identified' and identified_on is not null`.execute(
        database.db,
      )
    ).rows;
    const counted: Record<string, number> = {};
    for (const person of identified) {
      const index = periods.findIndex((p) => person.identified_on >= p.from && person.identified_on < p.to);
      if (index < 0) continue;
      const end = periods[index]!.to;
      const mine = stored
        .filter((c) => c.person_id === person.id)
        .map((c) => ({ givenOn: c.given_on, withdrawnAt: c.withdrawn_at }));
      const key = `${index}|${consentAt(mine, end, dayStartsAt(end, timeZone))}`;
      counted[key] = (counted[key] ?? 0) + 1;
    }
    return counted;
  };

  it('counts consent as core defines it, with one consent each or none', async () => {
    expect(Object.keys(await byHand()).length).toBeGreaterThan(2);
    expect(await fromStore()).toEqual(await byHand());
  });

  it('still does after consents are given again, withdrawn, moved to another person and deleted', async () => {
    const identified = records.filter((r) => r.person.status === 'identified');
    expect(identified.length).toBeGreaterThan(8);
    const in2014 = new Set(
      (
        await sql<{ id: string }>`select id from persons where status = 'identified'
          and identified_on >= '2014-01-01' and identified_on < '2015-01-01'`.execute(database.db)
      ).rows.map((r) => r.id),
    );
    const twice = identified.find((r) => in2014.has(r.person.id))!;
    const [again, withdrawn, moved, removed] = identified.filter((r) => r !== twice);
    // Two more consents, one withdrawn within 2014 and one withdrawn at 00:30 in Baku on
    // 1 January 2015: the person has consent on record at the end of 2014 through the second.
    await deps.store.consents.create(
      aConsent(twice.person, { givenOn: '2014-01-10', withdrawnAt: new Date('2014-06-01T10:00:00Z') }),
    );
    await deps.store.consents.create(
      aConsent(twice.person, { givenOn: '2014-12-30', withdrawnAt: new Date('2014-12-31T20:30:00Z') }),
    );
    // Given again: two now.
    await deps.store.consents.create(aConsent(again!.person, { givenOn: '2013-06-01' }));
    await deps.store.consents.create(aConsent(withdrawn!.person, { givenOn: '2013-02-01' }));
    // Withdrawn at 00:30 in Baku on 1 January 2014: still standing at the end of 2013.
    await sql`update consents set withdrawn_at = '2013-12-31T20:30:00Z' where person_id = ${withdrawn!.person.id}`.execute(
      database.db,
    );
    await deps.store.consents.create(aConsent(moved!.person, { givenOn: '2013-01-05' }));
    await sql`update consents set person_id = ${removed!.person.id} where person_id = ${moved!.person.id}`.execute(
      database.db,
    );
    await sql`delete from consents where person_id = ${again!.person.id} and given_on <> '2013-06-01'`.execute(
      database.db,
    );
    const kept = async (id: string) =>
      (
        await sql<{ n: number }>`select consent_count as n from person_report_dimensions
          where person_id = ${id}`.execute(database.db)
      ).rows[0]?.n;
    expect(await kept(removed!.person.id)).toBeGreaterThanOrEqual(1);
    expect(await kept(moved!.person.id)).toBe(0);
    expect(await kept(twice.person.id)).toBeGreaterThanOrEqual(2);
    expect(await fromStore()).toEqual(await byHand());
  });
});
