import { addOrganisation, addUser, createTestDeps } from '@opennrm/core/testing';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';

type Defendant = { investigated: string; charged: string | null; verdict: string | null };
type Case = { opened: string; defendants: Defendant[] };

const ends = ['2014-01-01', '2015-01-01'];

/** The definition, by hand: pending at a period's end, and in court when an open defendant was charged. */
function pendingByHand(cases: Case[]): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const [i, end] of ends.entries()) {
    for (const c of cases) {
      if (!(c.opened < end)) continue;
      const named = c.defendants.filter((d) => d.investigated < end);
      const open = named.filter((d) => d.verdict === null || d.verdict >= end);
      if (named.length > 0 && open.length === 0) continue;
      const stage = open.some((d) => d.charged !== null && d.charged < end) ? 'court' : 'investigation';
      counted[`${i}|${stage}`] = (counted[`${i}|${stage}`] ?? 0) + 1;
    }
  }
  return counted;
}

const day = fc
  .integer({ min: 0, max: 4 * 365 })
  .map((n) => new Date(Date.UTC(2012, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const later = (from: string) =>
  fc.option(
    fc
      .integer({ min: 0, max: 700 })
      .map((n) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10)),
    { nil: null },
  );
const defendant = day.chain((investigated) =>
  fc.record({
    investigated: fc.constant(investigated),
    charged: later(investigated),
    verdict: later(investigated),
  }),
);
const aCase = fc.record({ opened: day, defendants: fc.array(defendant, { maxLength: 3 }) });

/**
 * Pending cases read two kept sets (migration 42) instead of every case: held to the definition
 * by hand for any cases and defendants, and after every way a defendant can change (named
 * earlier or later, moved to another case, removed), on both databases.
 */
describeEachBackend('cases pending at the end of a period', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let organisationId: string;
  let userId: string;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const police = await addOrganisation(deps, 'police', 'Anti-Trafficking Department');
    organisationId = police.id;
    userId = (await addUser(deps, police, ['investigator'], 'investigator@example.org')).id;
  });
  afterAll(() => database?.close());

  const insertCase = async (c: Case) => {
    const id = crypto.randomUUID();
    await sql`insert into criminal_cases (id, organisation_id, reference, opened_by, opened_on, legal_basis,
        exploitation_forms, official_flag, complicity, version, created_by, created_at, updated_at)
      values (${id}, ${organisationId}, ${id}, 'police_atu', ${c.opened}, '{}', '{sexual}', false, false, 1,
        ${userId}, now(), now())`.execute(database.db);
    for (const d of c.defendants) await insertDefendant(id, d);
    return id;
  };
  const insertDefendant = async (caseId: string, d: Defendant) => {
    const id = crypto.randomUUID();
    await sql`insert into case_defendants (id, case_id, kind, name_sealed, sex, age_band, public_official, stage,
        investigated_on, charged_on, verdict_on, version, created_at, updated_at)
      values (${id}, ${caseId}, 'natural_person', 'x', 'female', 'adult', false, 'investigated',
        ${d.investigated}, ${d.charged}, ${d.verdict}, 1, now(), now())`.execute(database.db);
    return id;
  };
  const pendingFromStore = async () => {
    const rows = await deps.store.statistics.aggregate({
      fact: 'cases_pending',
      source: { kind: 'national' },
      periods: ends.map((to) => ({ from: `${Number(to.slice(0, 4)) - 1}-01-01`, to })),
      timeZone: 'UTC',
      scope: { kind: 'national' },
      countryCode: 'AZ',
      groupings: [['pending_stage']],
      medians: [],
      asOf: deps.clock.now(),
    });
    return Object.fromEntries(rows.map((r) => [`${r.period}|${r.values.pending_stage}`, r.count]));
  };
  const clear = async () => {
    await sql`delete from case_defendants`.execute(database.db);
    await sql`delete from criminal_cases`.execute(database.db);
  };

  it('equals the definition by hand for any cases and defendants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(aCase, { maxLength: 8 }), async (cases) => {
        await clear();
        for (const c of cases) await insertCase(c);
        expect(await pendingFromStore()).toEqual(pendingByHand(cases));
      }),
      { numRuns: 25 },
    );
  });

  it('follows a defendant named earlier or later, moved to another case, or removed', async () => {
    await clear();
    const first: Case = { opened: '2013-03-01', defendants: [] };
    const second: Case = { opened: '2013-03-01', defendants: [] };
    const firstId = await insertCase(first);
    const secondId = await insertCase(second);
    const keptDay = async (id: string) =>
      (
        await sql<{ first_named_on: string | null }>`select first_named_on::text from case_first_named
          where case_id = ${id}`.execute(database.db)
      ).rows[0]?.first_named_on;
    // Nobody named: both pending at both ends (in investigation).
    expect(await keptDay(firstId)).toBeNull();
    expect(await pendingFromStore()).toEqual({ '0|investigation': 2, '1|investigation': 2 });

    // Named in 2013 and judged in 2013: closed at the end of 2013 and after.
    const judged = { investigated: '2013-04-01', charged: '2013-05-01', verdict: '2013-09-01' };
    const defendantId = await insertDefendant(firstId, judged);
    expect(await keptDay(firstId)).toBe('2013-04-01');
    expect(await pendingFromStore()).toEqual({ '0|investigation': 1, '1|investigation': 1 });

    // Named only in 2014 after all: the case had nobody named at the end of 2013.
    await sql`update case_defendants set investigated_on = '2014-02-01', charged_on = null, verdict_on = '2014-06-01'
      where id = ${defendantId}`.execute(database.db);
    expect(await keptDay(firstId)).toBe('2014-02-01');
    expect(await pendingFromStore()).toEqual({ '0|investigation': 2, '1|investigation': 1 });

    // Moved to the second case: the first has nobody again, the second is named in 2014.
    await sql`update case_defendants set case_id = ${secondId} where id = ${defendantId}`.execute(
      database.db,
    );
    expect(await keptDay(firstId)).toBeNull();
    expect(await keptDay(secondId)).toBe('2014-02-01');
    expect(await pendingFromStore()).toEqual({ '0|investigation': 2, '1|investigation': 1 });

    // Removed: nobody named in either case.
    await sql`delete from case_defendants where id = ${defendantId}`.execute(database.db);
    expect(await keptDay(secondId)).toBeNull();
    expect(await pendingFromStore()).toEqual({ '0|investigation': 2, '1|investigation': 2 });
  });
});
