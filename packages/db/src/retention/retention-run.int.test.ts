import {
  buildAnnualReport,
  type Organisation,
  planRetention,
  type Report,
  runRetention,
  setLegalHold,
  updateRetentionSettings,
  verifyAuditChain,
} from '@opennrm/core';
import { actAs, addOrganisation, addUser, createTestDeps } from '@opennrm/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { seedProtection } from '../statistics/protection-scenario.ts';
import { type ScenarioRecord, seedScenario } from '../statistics/statistics-scenario.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';

/** Everything of a report a reader sees, without when it was generated. */
function figuresOf(report: Report) {
  return { period: report.period, previous: report.previousPeriod, tables: report.tables };
}

describeEachBackend('a retention run', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let records: ScenarioRecord[];
  let coordinator: Organisation;
  let police: Organisation;
  const reports = (deps: ReturnType<typeof createTestDeps>) =>
    Promise.all(
      [2013, 2014, 2015].flatMap((year) =>
        (['internal', 'published'] as const).map(async (view) =>
          figuresOf(
            await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), { year, view }),
          ),
        ),
      ),
    );

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const organisations = [
      await addOrganisation(deps, 'police', 'Anti-Trafficking Department'),
      await addOrganisation(deps, 'ngo', 'Clean World'),
      await addOrganisation(deps, 'shelter', 'Shelter NGO'),
      await addOrganisation(deps, 'international_organisation', 'IOM'),
    ];
    police = organisations[0]!;
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    records = await seedScenario(deps.store, organisations, 90, 2017);
    await seedProtection(deps.store, records, organisations, 71);
  }, 180_000);
  afterAll(() => database.close());

  it('anonymises expired persons, keeps the held ones, and no figure of a past year changes', async () => {
    const admin = actAs(
      deps,
      police,
      ['system_administrator'],
      (await addUser(deps, police, [], 'a@x.az')).id,
    );
    // Every scenario record is from 2013-2016: with a one-year rule in 2026 all have run out.
    expect(await runRetention(deps)).toBeNull(); // off until the administrator turns it on
    await updateRetentionSettings(admin, {
      enabled: true,
      rules: { person: { years: 1, legalBasis: 'Test law art. 1' } },
    });
    const [held, inCase, named] = [records[0]!.person, records[1]!.person, records[2]!.person];
    await setLegalHold(admin, held.code, 'Litigation pending');
    const db = database.db;
    // A case with no defendant yet holds its victim; one finally judged in 2014 does not, and
    // its defendant's name is erased by the criminal-case rule (10 years after the judgment).
    const linkCase = async (personId: string) => {
      const caseId = deps.newId();
      await sql`insert into criminal_cases (id, organisation_id, reference, opened_by, opened_on, legal_basis,
          exploitation_forms, official_flag, complicity, version, created_by, created_at, updated_at)
        values (${caseId}, ${police.id}, ${`CR-${caseId.slice(0, 6)}`}, 'police_anti_trafficking', '2013-02-01',
          '{}', '{}', false, false, 1, ${admin.actor.userId}, now(), now())`.execute(db);
      await sql`insert into case_victims (case_id, person_id, role, testified, protection_measures, linked_at)
        values (${caseId}, ${personId}, 'victim', false, '{}', now())`.execute(db);
      return caseId;
    };
    await linkCase(inCase.id);
    const staying = await db
      .selectFrom('shelter_stays')
      .select('person_id')
      .where('discharged_on', 'is', null)
      .execute();
    const judged = records.slice(3).find((r) => !staying.some((s) => s.person_id === r.person.id))!.person;
    const judgedCase = await linkCase(judged.id);
    const defendantId = deps.newId();
    await sql`insert into case_defendants (id, case_id, kind, name_sealed, sex, age_band, public_official, stage,
        investigated_on, verdict, verdict_on, final_on, version, created_at, updated_at)
      values (${defendantId}, ${judgedCase}, 'natural_person',
        ${deps.sealer.seal('Rauf Aliyev', `defendant.name.${defendantId}`)}, 'male', '30-44', false, 'final',
        '2013-05-01', 'convicted', '2014-01-10', '2014-03-01', 1, now(), now())`.execute(db);
    await sql`insert into notifications (id, organisation_id, kind, person_code, created_at)
      values (${deps.newId()}, ${police.id}, 'referral_received', ${records[4]!.person.code}, '2020-01-01')`.execute(
      db,
    );
    await db.insertInto('person_duplicate_keys').values({ person_id: named.id, key: 'blind-key' }).execute();
    const before = await reports(deps);

    const plan = await planRetention(admin);
    expect(plan.persons.dueCodes).toContain(named.code);
    expect(plan.persons.heldCodes).toEqual(
      expect.arrayContaining([{ code: held.code, holds: ['legal_hold'] }]),
    );
    // A person kept by an open case is counted, never named to the administrator.
    expect(plan.persons.heldCodes.map((h) => h.code)).not.toContain(inCase.code);
    expect(plan.persons.dueCodes).not.toContain(inCase.code);
    expect(plan.persons.held).toBeGreaterThanOrEqual(2);
    const run = await runRetention(deps);
    expect(run!.personsAnonymised).toBe(plan.persons.due);
    expect(run!.personsHeld).toBe(plan.persons.held);
    expect(run!.personsAnonymised).toBeGreaterThan(50);
    expect(plan.persons.dueCodes).toContain(judged.code);
    expect([plan.defendants, run!.defendants, run!.notifications]).toEqual([1, 1, 1]);
    const defendant = await db
      .selectFrom('case_defendants')
      .select('name_sealed')
      .where('id', '=', defendantId)
      .executeTakeFirstOrThrow();
    expect(deps.sealer.unseal(defendant.name_sealed, `defendant.name.${defendantId}`)).toBe('[erased]');

    expect(await reports(deps)).toEqual(before);
    const person = (id: string) =>
      db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const gone = await person(named.id);
    expect([gone.given_names_sealed, gone.family_name_sealed, gone.anonymised_at === null]).toEqual([
      null,
      null,
      false,
    ]);
    expect([gone.gender, gone.birth_year, gone.citizenships]).toEqual([
      named.gender,
      named.birthYear,
      named.citizenships,
    ]);
    expect(
      await db.selectFrom('person_duplicate_keys').where('person_id', '=', named.id).selectAll().execute(),
    ).toEqual([]);
    for (const kept of [held, inCase]) expect((await person(kept.id)).given_names_sealed).not.toBeNull();
    // A second run finds nothing new; the audit chain still verifies, with counts only in it.
    expect((await runRetention(deps))!.personsAnonymised).toBe(0);
    expect((await verifyAuditChain(deps.store.audit)).ok).toBe(true);
    const events = await deps.store.audit.list({ action: 'person.anonymised', limit: 1_000 });
    expect(events.length).toBe(run!.personsAnonymised);
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/v1:|NRM-/);
  }, 120_000);
});
