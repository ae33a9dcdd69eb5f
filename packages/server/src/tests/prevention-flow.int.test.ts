import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Json = Record<string, unknown>;

/**
 * Prevention and coordination over HTTP (issue 14), on both databases: each body records and
 * lists its own prevention work, the coordinator sees all; a hotline contact keeps the caller's
 * identity sealed and never opens a person or an alert its body could not; the plan owner
 * reports for their own body only; a computed indicator follows the records.
 */
describeEachBackend('prevention and coordination over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let h: Record<Parameters<TestApp['signInAs']>[0], Record<string, string>>;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    h = {} as typeof h;
    for (const role of [
      'case_worker',
      'investigator',
      'national_coordinator',
      'hotline_operator',
      'plan_owner',
    ] as const)
      h[role] = await t.signInAs(role);
  });
  afterAll(() => database?.close());

  const post = async (role: keyof typeof h, path: string, body: unknown) => {
    const res = await t.request('POST', path, { headers: h[role], body });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const get = async (role: keyof typeof h, path: string) => {
    const res = await t.request('GET', path, { headers: h[role] });
    return { status: res.status, body: (await res.json()) as Json };
  };

  it('records awareness activities at places of the list, by the day held, each body its own', async () => {
    const activity = {
      heldOn: '2014-04-10',
      title: 'Travelling abroad safely',
      placeCode: 'ganja',
      audience: 'citizens_going_abroad',
      language: 'az',
      channel: 'event',
      materials: ['posters', 'leaflets'],
      reach: 120,
    };
    const made = await post('case_worker', '/api/prevention/awareness', activity);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      region: 'ganja_dashkasan',
      heldOn: '2014-04-10',
      organiser: 'Test ngo',
    });
    expect(
      (await post('case_worker', '/api/prevention/awareness', { ...activity, placeCode: 'atlantis' })).body,
    ).toMatchObject({
      error: { code: 'validation_failed', details: { fields: { placeCode: 'unknown' } } },
    });
    const future = await post('case_worker', '/api/prevention/awareness', {
      ...activity,
      heldOn: '2999-01-01',
    });
    expect(future.status).toBe(422);
    await post('investigator', '/api/prevention/awareness', {
      ...activity,
      placeCode: 'baku',
      title: 'Police talk',
    });

    const ngoList = (await get('case_worker', '/api/prevention/awareness')).body.activities as Json[];
    expect(ngoList.map((a) => a.title)).toEqual(['Travelling abroad safely']);
    const all = (await get('national_coordinator', '/api/prevention/awareness?from=2014-01-01&to=2014-12-31'))
      .body.activities as Json[];
    expect(all.map((a) => a.title).sort()).toEqual(['Police talk', 'Travelling abroad safely']);
  });

  it('records trainings with participants by body, and refuses a body type twice', async () => {
    const training = {
      startedOn: '2014-09-01',
      endedOn: '2014-09-03',
      title: 'Identifying victims of labour trafficking',
      topic: 'identification',
      participants: [
        { bodyType: 'police', participants: 18 },
        { bodyType: 'labour_inspectors', participants: 7 },
      ],
    };
    expect((await post('investigator', '/api/prevention/trainings', training)).status).toBe(201);
    const twice = await post('investigator', '/api/prevention/trainings', {
      ...training,
      participants: [...training.participants, { bodyType: 'police', participants: 1 }],
    });
    expect(twice.status).toBe(422);
    const list = (await get('investigator', '/api/prevention/trainings')).body.trainings as Json[];
    expect(list[0]?.participants).toEqual([
      { bodyType: 'labour_inspectors', participants: 7 },
      { bodyType: 'police', participants: 18 },
    ]);
  });

  it('keeps the caller sealed, shows it only on the contact to its hotline, and never widens access', async () => {
    const made = await post('hotline_operator', '/api/hotline/contacts', {
      channel: 'phone',
      language: 'ru',
      callerType: 'relative_or_friend',
      topic: 'working_abroad',
      outcome: 'information_given',
      callerIdentity: 'Aysel, +994 55 123 45 67',
      notes: 'Sister went to Dubai for work, passport taken',
    });
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    const { rows } = await sql<{ row: string }>`select row_to_json(c)::text as row from hotline_contacts c
      where id = ${id}`.execute(database.db);
    expect(rows[0]?.row).not.toContain('Aysel');
    expect(rows[0]?.row).not.toContain('Dubai');

    const list = (await get('hotline_operator', '/api/hotline/contacts')).body.contacts as Json[];
    expect(list[0]).toMatchObject({ id, callerGiven: true });
    expect(JSON.stringify(list)).not.toContain('Aysel');
    expect((await get('hotline_operator', `/api/hotline/contacts/${id}`)).body).toMatchObject({
      callerIdentity: 'Aysel, +994 55 123 45 67',
    });
    expect((await get('national_coordinator', `/api/hotline/contacts/${id}`)).status).toBe(404);
    expect((await get('national_coordinator', '/api/hotline/contacts')).status).toBe(403);

    // A person of the NGO and an alert between the NGO and the police: the hotline is neither.
    const person = await post('case_worker', '/api/persons', {
      gender: 'Feminine',
      identity: { givenNames: 'Nigar' },
      confirmDuplicates: true,
    });
    const personId = (person.body.person as Json).id as string;
    const base = {
      channel: 'phone',
      language: 'az',
      callerType: 'possible_victim',
      topic: 'labour_exploitation',
    };
    const toPerson = await post('hotline_operator', '/api/hotline/contacts', {
      ...base,
      outcome: 'referred_to_organisation',
      personId,
    });
    expect(toPerson.status).toBe(403);
    const foreignAlert = await post('case_worker', '/api/alerts', {
      toOrganisationId: t.organisations.police.id,
      subject: 'workplace',
      title: 'Brick factory',
      details: 'Twelve men',
    });
    const foreignAlertId = (foreignAlert.body.alert as Json).id;
    expect(
      (
        await post('hotline_operator', '/api/hotline/contacts', {
          ...base,
          outcome: 'alert_created',
          alertId: foreignAlertId,
        })
      ).status,
    ).toBe(403);

    // The hotline raises its own alert from the call and links the contact to it.
    const own = await post('hotline_operator', '/api/alerts', {
      toOrganisationId: t.organisations.police.id,
      subject: 'workplace',
      title: 'Greenhouse, Lankaran',
      details: 'Caller says workers are not paid and cannot leave',
    });
    expect(own.status).toBe(201);
    const linked = await post('hotline_operator', '/api/hotline/contacts', {
      ...base,
      outcome: 'alert_created',
      alertId: (own.body.alert as Json).id,
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ outcome: 'alert_created', callerGiven: false });
  });

  it('lets a body correct its own mistaken entries, audited by field name, the caller staying sealed', async () => {
    const put = async (role: keyof typeof h, path: string, body: unknown) => {
      const res = await t.request('PUT', path, { headers: h[role], body });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const entry = {
      heldOn: '2014-06-02',
      title: 'Talk at the bus station',
      placeCode: 'ganja',
      audience: 'citizens_going_abroad',
      language: 'az',
      channel: 'event',
    };
    const made = await post('investigator', '/api/prevention/awareness', entry);
    const id = made.body.id as string;
    // Held in Shaki, in 2015: the correction moves it out of 2014 and out of Ganja.
    const fixed = await put('investigator', `/api/prevention/awareness/${id}`, {
      ...entry,
      heldOn: '2015-06-02',
      placeCode: 'shaki',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      id,
      heldOn: '2015-06-02',
      placeCode: 'shaki',
      region: 'shaki_zagatala',
    });
    const listed = (await get('investigator', '/api/prevention/awareness?from=2014-01-01&to=2014-12-31')).body
      .activities as Json[];
    expect(listed.map((a) => a.id)).not.toContain(id);
    // Another body's entry is as absent as none; the coordinator reads it but corrects only its own.
    expect((await put('case_worker', `/api/prevention/awareness/${id}`, entry)).status).toBe(404);
    expect((await put('national_coordinator', `/api/prevention/awareness/${id}`, entry)).status).toBe(403);

    const call = await post('hotline_operator', '/api/hotline/contacts', {
      channel: 'phone',
      language: 'az',
      callerType: 'possible_victim',
      topic: 'working_abroad',
      outcome: 'information_given',
      callerIdentity: 'Samira, +994 51 765 43 21',
    });
    const callId = call.body.id as string;
    const corrected = await put('hotline_operator', `/api/hotline/contacts/${callId}`, {
      channel: 'phone',
      language: 'az',
      callerType: 'possible_victim',
      topic: 'labour_exploitation',
      outcome: 'emergency_to_police',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ outcome: 'emergency_to_police', callerGiven: true });
    expect(JSON.stringify(corrected.body)).not.toContain('765 43 21');
    expect((await get('hotline_operator', `/api/hotline/contacts/${callId}`)).body).toMatchObject({
      callerIdentity: 'Samira, +994 51 765 43 21',
      contactedAt: call.body.contactedAt,
    });
    const { rows } = await sql<{ action: string; details: string }>`select action, details::text as details
      from audit_events where entity_id in (${id}, ${callId}) and action like '%corrected' order by seq`.execute(
      database.db,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'prevention.awareness_corrected',
      'hotline.contact_corrected',
    ]);
    expect(rows[0]?.details).toContain('placeCode');
    expect(rows.map((r) => r.details).join()).not.toContain('765 43 21');
  });

  it('lets a plan owner report for their own body only, and shows the coordinator what is late', async () => {
    const plan = await post('national_coordinator', '/api/action-plans', {
      title: 'National Action Plan 2014-2018',
      startYear: 2014,
      endYear: 2018,
      adoptedOn: '2014-07-24',
    });
    const planId = plan.body.id as string;
    const objective = await post('national_coordinator', `/api/action-plans/${planId}/objectives`, {
      code: '3',
      title: 'Prevention',
    });
    const activity = (responsible: string, code: string, deadline: string) =>
      post('national_coordinator', `/api/action-plans/${planId}/activities`, {
        objectiveId: objective.body.id,
        code,
        title: `Activity ${code}`,
        responsibleOrganisationId: responsible,
        deadline,
        budgetAmount: 12000,
      });
    const own = await activity(t.organisations.migration_service.id, '3.1', '2015-12-31');
    const other = await activity(t.organisations.police.id, '3.2', '2099-12-31');
    expect(
      (
        await post('plan_owner', `/api/plan-activities/${own.body.id}/progress`, {
          year: 2015,
          status: 'delayed',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('plan_owner', `/api/plan-activities/${other.body.id}/progress`, {
          year: 2015,
          status: 'done',
        })
      ).status,
    ).toBe(403);
    const view = (await get('national_coordinator', `/api/action-plans/${planId}`)).body as {
      activities: { id: string; standing: string; mayReport: boolean }[];
      overview: { late: string[]; notReported: { organisationId: string }[] };
    };
    expect(view.overview.late).toEqual([own.body.id]);
    expect(view.overview.notReported.map((n) => n.organisationId)).toEqual(
      expect.arrayContaining([t.organisations.police.id, t.organisations.migration_service.id]),
    );
    const asOwner = (await get('plan_owner', `/api/action-plans/${planId}`)).body as typeof view;
    expect(asOwner.activities.map((a) => [a.id, a.mayReport])).toEqual([
      [own.body.id, true],
      [other.body.id, false],
    ]);
  });

  it('computes an indicator from the records, and it follows them', async () => {
    const year = new Date().getUTCFullYear();
    const plan = await post('national_coordinator', '/api/action-plans', {
      title: 'Plan with a computed indicator',
      startYear: year - 1,
      endYear: year + 1,
    });
    const planId = plan.body.id as string;
    const indicator = await post('national_coordinator', `/api/action-plans/${planId}/indicators`, {
      name: 'Victims identified by state bodies',
      unit: 'persons',
      source: { kind: 'computed', tableKey: 'victims_identified.body_sex', row: 'state' },
      targets: { [year]: 1 },
    });
    expect(indicator.status).toBe(201);
    const valueNow = async () => {
      const view = (await get('national_coordinator', `/api/action-plans/${planId}`)).body as {
        indicators: { yearValues: Record<string, number | null>; standing: Record<string, string> }[];
      };
      return view.indicators[0];
    };
    const before = (await valueNow())?.yearValues[year] ?? 0;
    const person = await post('investigator', '/api/persons', {
      gender: 'Masculine',
      identity: { givenNames: 'Rustam' },
      confirmDuplicates: true,
    });
    const personId = (person.body.person as Json).id as string;
    const decided = await post('investigator', `/api/persons/${personId}/decisions`, {
      outcome: 'identified',
      decidedOn: new Date().toISOString().slice(0, 10),
      grounds: 'Labour inspection',
    });
    expect(decided.status).toBe(201);
    const after = await valueNow();
    expect(after?.yearValues[year]).toBe(before + 1);
    expect(after?.standing[year]).toBe('on_target');
    // The plan owner holds no national statistics: the value is not theirs to read.
    const asOwner = (await get('plan_owner', `/api/action-plans/${planId}`)).body as {
      indicators: { yearValues: Record<string, number | null> }[];
    };
    expect(asOwner.indicators[0]?.yearValues[year]).toBeNull();
  });
});
