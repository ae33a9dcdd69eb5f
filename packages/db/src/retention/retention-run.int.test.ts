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
    const caseId = deps.newId();
    await db
      .insertInto('criminal_cases')
      .values({
        id: caseId,
        organisation_id: police.id,
        reference: 'CR-1',
        opened_by: 'police_anti_trafficking',
        opened_on: '2014-02-01',
        legal_basis: [],
        exploitation_forms: [],
        official_flag: false,
        complicity: false,
        prosecutor_user_id: null,
        prosecutor_organisation_id: null,
        alert_ids: [],
        version: 1,
        created_by: admin.actor.userId,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await db
      .insertInto('case_victims')
      .values({
        case_id: caseId,
        person_id: inCase.id,
        role: 'victim',
        testified: false,
        testified_on: null,
        protection_measures: [],
        linked_at: new Date(),
      })
      .execute();
    await db.insertInto('person_duplicate_keys').values({ person_id: named.id, key: 'blind-key' }).execute();
    const before = await reports(deps);

    const plan = await planRetention(admin);
    expect(plan.persons.dueCodes).toContain(named.code);
    expect(plan.persons.heldCodes).toEqual(
      expect.arrayContaining([
        { code: held.code, holds: ['legal_hold'] },
        { code: inCase.code, holds: ['open_case'] },
      ]),
    );
    const run = await runRetention(deps);
    expect(run!.personsAnonymised).toBe(plan.persons.due);
    expect(run!.personsHeld).toBe(plan.persons.held);
    expect(run!.personsAnonymised).toBeGreaterThan(50);

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
