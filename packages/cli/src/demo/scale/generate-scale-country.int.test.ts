import {
  ageBands,
  awarenessAudiences,
  type Ctx,
  createPerson,
  type Deps,
  decidingBodyTypes,
  defaultPreventionPlaces,
  exploitationForms,
  exportCtdcSynthetic,
  findShippedIndicatorList,
  genders,
  hotlineOutcomes,
  listStatusOf,
  meansOfControl,
  operatorActor,
  recordDecision,
  recordScreening,
  referralServices,
  referralStatuses,
  trainedBodyTypes,
} from '@opennrm/core';
import { withTrackingTriggersOff } from '@opennrm/db';
import {
  describeEachBackend,
  readScaleFigures,
  recomputeReportingDates,
  type TestDatabase,
} from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateScaleCountry, type ScaleSummary } from './generate-scale-country.ts';
import { createThrowawayDeps } from './scale-deps.ts';

describeEachBackend('opennrm demo --scale: a synthetic country', (open) => {
  let database: TestDatabase;
  let deps: Deps;
  let summary: ScaleSummary;
  beforeAll(async () => {
    database = await open();
    deps = await createThrowawayDeps(database);
    summary = await generateScaleCountry(database, { persons: 2000, seed: 11, deps });
  });
  afterAll(() => database.close());

  it('writes what the summary says, after the demo country, every person with its own code', async () => {
    const { db } = database;
    // The demo's own 4 persons are registered now; the synthetic ones in 2016-2025.
    const scale = sql`(select id from persons where created_at < '2026-01-01')`;
    const count = async (table: string, column = 'person_id') =>
      Number(
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} in ${scale}`.execute(
            db,
          )
        ).rows[0]?.n,
      );
    expect(summary.persons).toBe(2000);
    expect(await count('persons', 'id')).toBe(summary.persons);
    expect(await count('screenings')).toBe(summary.screenings);
    expect(await count('identification_decisions')).toBe(summary.identification_decisions);
    expect(await count('exploitations')).toBe(summary.exploitations);
    expect(await count('consents')).toBe(summary.consents);
    expect(await count('referrals')).toBe(summary.referrals);
    // Protection in proportion: stays (all ended), permits of foreign victims, a year's money.
    expect(await count('shelter_stays')).toBe(summary.shelter_stays);
    expect(summary.shelter_stays).toBeGreaterThan(50);
    expect(await count('protection_residence_permits')).toBe(summary.protection_residence_permits);
    expect(summary.protection_residence_permits).toBeGreaterThan(5);
    expect(summary.protection_returns).toBeGreaterThan(0);
    const open = await sql<{ n: number }>`select count(*)::int as n from shelter_stays
      where discharged_on is null and person_id in ${scale}`.execute(db);
    expect(open.rows[0]?.n).toBe(0);
    // Prosecution in the seed's proportion: a case for about 0.42 of the identified victims,
    // each linked to its victim, its defendants' rows as the stages left them.
    const identified = await sql<{ n: number }>`select count(*)::int as n from persons
      where identified_on is not null and id in ${scale}`.execute(db);
    const cases = (summary.criminal_cases ?? 0) / (identified.rows[0]?.n ?? 1);
    expect(cases).toBeGreaterThan(0.3);
    expect(cases).toBeLessThan(0.5);
    expect(await count('case_victims')).toBe(summary.criminal_cases ?? -1);
    expect(summary.case_defendants).toBeGreaterThan(summary.criminal_cases ?? 0);
    const stageMismatch = await sql<{ n: number }>`select count(*)::int as n from case_defendants d
      where d.stage <> (select s.stage from defendant_stages s where s.defendant_id = d.id
                        order by s.recorded_at desc limit 1)
         or (d.verdict = 'convicted') <> exists (select 1 from defendant_stages s
              where s.defendant_id = d.id and s.verdict = 'convicted')`.execute(db);
    expect(stageMismatch.rows[0]?.n).toBe(0);
    const kinds = await sql<{ complicity: number; convicted: number; prison: number }>`select
        (select count(*)::int from criminal_cases where complicity) as complicity,
        (select count(*)::int from case_defendants where verdict = 'convicted') as convicted,
        (select count(*)::int from case_defendants where prison_months > 0 and not suspended) as prison
      `.execute(db);
    const k = kinds.rows[0]!;
    expect(k.complicity).toBeGreaterThan(0);
    expect(k.prison / k.convicted).toBeGreaterThan(0.7);
    expect(summary.funding_budget_lines).toBe(20);
    expect(summary.funding_allocations).toBe(50);
    const overdrawn = await sql<{ n: number }>`select count(*)::int as n from funding_budget_lines l
      where l.amount < (select sum(a.amount) from funding_allocations a where a.budget_line_id = l.id)`.execute(
      db,
    );
    expect(overdrawn.rows[0]?.n).toBe(0);
    // Prevention in proportion to the persons of each year, after the demo's own (recorded now).
    const generated = async (table: string) =>
      (
        await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
          where created_at < '2026-01-01'`.execute(db)
      ).rows[0]?.n;
    expect(await generated('awareness_activities')).toBe(summary.awareness_activities);
    expect(summary.awareness_activities).toBeGreaterThan(900);
    expect(await generated('hotline_contacts')).toBe(summary.hotline_contacts);
    expect(summary.hotline_contacts).toBeGreaterThan(2 * summary.awareness_activities);
    expect(await generated('official_trainings')).toBe(summary.official_trainings);
    expect(summary.official_training_participants).toBeGreaterThan(summary.official_trainings);
    const sealed = await sql<{ n: number }>`select count(*)::int as n from hotline_contacts
      where caller_identity_sealed is not null or person_id is not null`.execute(db);
    expect(sealed.rows[0]?.n).toBe(0);
    const codes = await db.selectFrom('persons').select(['code', 'created_at']).execute();
    expect(codes).toHaveLength(2004);
    for (const { code, created_at } of codes)
      expect(code).toMatch(new RegExp(`^NRM-${created_at.getUTCFullYear()}-\\d{6}$`));
    const audit = await db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'demo.scale_generated')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ persons: 2000, seed: 11 });
  });

  it('is worth publishing as CTDC open data: k = 11, no record dropped, twice what greedy suppression kept', async () => {
    const { csv, summary: s } = await exportCtdcSynthetic(
      { ...deps, ctdcExportSource: deps.store.ctdcExport, actor: operatorActor(), request: null },
      {},
    );
    // The guarantee, checked on the file itself: no line of values occurs fewer than 11 times.
    const lines = csv.trimEnd().split('\r\n').slice(1);
    const sizes = new Map<string, number>();
    for (const line of lines) sizes.set(line, (sizes.get(line) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(11);
    expect([lines.length, s.recordsSuppressed]).toEqual([s.recordsConsidered, 0]);
    // Cells that say something (neither empty nor "*"); bench/ctdc-open-data.ts prints them by column.
    const total = (cells: Record<string, number>) => Object.values(cells).reduce((a, b) => a + b, 0);
    const { published, greedySuppression } = s.informativeCells;
    expect(total(published)).toBeGreaterThanOrEqual(2 * total(greedySuppression));
  });

  it('sets the reporting dates and statuses exactly as the triggers and the use cases would', async () => {
    const wrong = await recomputeReportingDates(database.db);
    expect(wrong).toEqual([]);
  });

  it('uses only the vocabularies’ values and the demo organisations', async () => {
    const { db } = database;
    const distinct = async (query: string) =>
      (await sql.raw<{ v: string | null }>(query).execute(db)).rows.map((r) => r.v);
    const within = (values: (string | null)[], allowed: readonly string[]) =>
      expect(values.filter((v) => v !== null && !allowed.includes(v))).toEqual([]);
    within(await distinct('select distinct gender as v from persons'), genders);
    within(await distinct('select distinct age_band as v from persons'), ageBands);
    within(await distinct('select distinct status_body_type as v from persons'), decidingBodyTypes);
    within(
      await distinct('select distinct deciding_body_type as v from identification_decisions'),
      decidingBodyTypes,
    );
    within(await distinct('select distinct unnest(forms) as v from exploitations'), exploitationForms);
    within(
      await distinct('select distinct unnest(means_of_control) as v from exploitations'),
      meansOfControl,
    );
    within(await distinct('select distinct status as v from referrals'), referralStatuses);
    within(await distinct('select distinct unnest(services) as v from referrals'), referralServices);
    const strangers = await sql<{ n: number }>`select count(*)::int as n from referrals r
      where not exists (select 1 from organisations o where o.id = r.to_organisation_id and o.active)
         or r.to_organisation_id = r.from_organisation_id`.execute(db);
    expect(strangers.rows[0]?.n).toBe(0);
    within(await distinct('select distinct audience as v from awareness_activities'), awarenessAudiences);
    within(
      await distinct('select distinct body_type as v from official_training_participants'),
      trainedBodyTypes,
    );
    within(await distinct('select distinct outcome as v from hotline_contacts'), hotlineOutcomes);
    const unlisted = await sql<{ n: number }>`select count(*)::int as n from awareness_activities
      where place_code not in (${sql.join(defaultPreventionPlaces.map((p) => p.code))})`.execute(db);
    expect(unlisted.rows[0]?.n).toBe(0);
    const statuses = await distinct('select distinct status as v from referrals');
    expect(statuses.sort()).toEqual([...referralStatuses].sort());
  });

  it('gives the same figures for the same seed (with the triggers running, too), other figures for another', async () => {
    const again = await open();
    const other = await open();
    try {
      // With the triggers left on, they write the reporting dates themselves: the same figures
      // prove the generator's own dates are the triggers' result.
      await generateScaleCountry(again, { persons: 2000, seed: 11, triggers: 'run' });
      await generateScaleCountry(other, { persons: 2000, seed: 12 });
      const figures = await readScaleFigures(database.db);
      expect(await readScaleFigures(again.db)).toEqual(figures);
      expect(await readScaleFigures(other.db)).not.toEqual(figures);
    } finally {
      await again.close();
      await other.close();
    }
  });

  async function caseWorker(): Promise<Ctx> {
    const user = await deps.store.users.findByEmail('caseworker@demo.opennrm.org');
    const organisation = user && (await deps.store.organisations.get(user.organisationId));
    if (!user || !organisation) throw new Error('demo case worker missing');
    return {
      ...deps,
      actor: {
        userId: user.id,
        organisationId: organisation.id,
        organisationType: organisation.type,
        roles: user.roles,
        credentialId: 't',
      },
      request: { requestId: 't', clientIp: null, userAgent: 'test' },
    };
  }

  it('records with each screening the status of the list version it used, as the app does', async () => {
    const rows = await database.db
      .selectFrom('screenings')
      .select(['list_key', 'list_status'])
      .distinct()
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const list = findShippedIndicatorList(row.list_key);
      expect(list && row.list_status, row.list_key).toBe(list && listStatusOf(list));
    }
  });

  it('repairs the dates of what the app records while the triggers are bypassed', async () => {
    const ctx = await caseWorker();
    const screenedAt = new Date(Date.now() - 86_400_000);
    const personId = await withTrackingTriggersOff(database.db, false, async () => {
      const { person } = await createPerson(ctx, { gender: 'Masculine', confirmDuplicates: true });
      await recordScreening(ctx, person.id, {
        listKey: 'ilo-ec-2009-adult-labour',
        population: 'adult',
        answers: [],
        outcome: 'presumed_victim',
        outcomeReason: 'Interview',
        screenedAt,
      });
      return person.id;
    });
    const row = await database.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(row.presumed_at).toEqual(screenedAt);
  });

  it('leaves the app working: a new person gets a fresh code, and the triggers keep its dates', async () => {
    const ctx = await caseWorker();
    const { person } = await createPerson(ctx, { gender: 'Feminine', confirmDuplicates: true });
    expect(
      await database.db.selectFrom('persons').where('code', '=', person.code).select('id').execute(),
    ).toHaveLength(1);
    const screenedAt = new Date(Date.now() - 3 * 86_400_000);
    await recordScreening(ctx, person.id, {
      listKey: 'ilo-ec-2009-adult-labour',
      population: 'adult',
      answers: [],
      outcome: 'presumed_victim',
      outcomeReason: 'Interview',
      screenedAt,
    });
    const today = new Date().toISOString().slice(0, 10);
    await recordDecision(ctx, person.id, { outcome: 'identified', decidedOn: today, grounds: 'Interview' });
    const row = await database.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row.presumed_at).toEqual(screenedAt);
    expect(row.identified_on).toBe(today);
    // The counters moved past the generated codes: the next 2020 number is fresh too.
    const next = await deps.store.persons.nextCode(2020);
    expect(
      await database.db.selectFrom('persons').where('code', '=', next).select('id').execute(),
    ).toHaveLength(0);
    expect(await recomputeReportingDates(database.db)).toEqual([]);
  });
});
