import { createHash } from 'node:crypto';
import {
  defaultPreventionPlaces,
  defaultSentenceBands,
  findShippedIndicatorList,
  generateTotpCode,
  type Role,
  roles,
} from '@opennrm/core';
import { addUser } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApiDocument } from '../app/create-app.ts';
import { captureLogs, findInLogs, rememberTypedValues } from '../testing/capture-logs.ts';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

/**
 * Every route of the OpenAPI document against every role. Each route has a row saying which
 * roles get through and what the request is; a route added without a row fails this test.
 * "allow" = the listed success status; anyone else = 403, or 404 where existence is hidden.
 */
type Expect = {
  allow: Role[] | 'all' | 'public';
  success: number;
  denied?: 403 | 404;
  /** Where one role is refused differently (it reaches the record but not the other one involved). */
  deniedFor?: Partial<Record<Role, 403 | 404>>;
};
type Fixture = { target: { orgId: string; userId: string; shelterId: string; personId: string } };
type Request = { path: string; body?: unknown };
type Case = Expect & { request(t: TestApp, f: Fixture, role: Role): Request | Promise<Request> };

const admin: Role[] = ['system_administrator'];
/**
 * The fixture person is the case worker's NGO's, shared with identity (the person consented)
 * with the investigator's police unit. What the share target may do beside the owner is the
 * record-relationship matrix's subject (record-access-matrix.int.test.ts); here: roles.
 */
const linked: Role[] = ['case_worker', 'investigator'];
/** Only the owner widens access: shares, consents, referrals of a record it shared. */
const owner: Role[] = ['case_worker'];
const screeners: Role[] = [
  'system_administrator',
  'case_worker',
  'investigator',
  'shelter_manager',
  'hotline_operator',
];
const listKey = 'ilo-ec-2009-adult-labour';
const parties: Role[] = ['case_worker', 'investigator'];
/** statistics:read: the coordinator nationally, front-line staff for their own organisation. */
const statisticsReaders: Role[] = [
  'national_coordinator',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_manager',
];

/** A person of the NGO, shared with the police, and optionally a referral from the NGO to the police. */
async function freshPerson(t: TestApp): Promise<string> {
  const ngo = await t.signInAs('case_worker');
  const res = await t.request('POST', '/api/persons', {
    headers: ngo,
    body: {
      gender: 'Masculine',
      citizenships: ['UZ'],
      identity: { givenNames: `R${uniq()}`, familyName: uniq() },
      confirmDuplicates: true,
    },
  });
  const id = ((await res.json()) as { person: { id: string } }).person.id;
  await t.request('POST', `/api/persons/${id}/shares`, {
    headers: ngo,
    body: { organisationId: t.organisations.police.id, reason: 'matrix' },
  });
  return id;
}

/** An alert from the NGO (case worker) to the police (investigator). */
async function freshAlert(t: TestApp): Promise<string> {
  const res = await t.request('POST', '/api/alerts', {
    headers: await t.signInAs('case_worker'),
    body: {
      toOrganisationId: t.organisations.police.id,
      subject: 'address',
      title: 'Flat in Yasamal',
      details: 'Women kept inside',
    },
  });
  return ((await res.json()) as { alert: { id: string } }).alert.id;
}

async function freshReferral(t: TestApp, accepted = false): Promise<string> {
  const personId = await freshPerson(t);
  const res = await t.request('POST', `/api/persons/${personId}/referrals`, {
    headers: await t.signInAs('case_worker'),
    body: {
      toOrganisationId: t.organisations.police.id,
      services: ['identification_decision'],
      shareIdentity: false,
    },
  });
  const id = ((await res.json()) as { referral: { id: string } }).referral.id;
  if (accepted)
    await t.request('POST', `/api/referrals/${id}/accept`, {
      headers: await t.signInAs('investigator'),
      body: {},
    });
  return id;
}
/** A person's code: what the administrator's holds and the officer's requests name. */
async function codeOf(t: TestApp, personId: string): Promise<string> {
  return (await t.deps.store.persons.get(personId))!.code;
}
const uniq = () => Math.random().toString(36).slice(2, 10);

/** A sign-in waiting for its second factor: a fresh user enrolled through the API, and a recovery code. */
async function secondFactorChallenge(t: TestApp): Promise<{ challenge: string; recoveryCode: string }> {
  const email = `mfa-${uniq()}@test.org`;
  await addUser(t.deps, t.organisations.ngo, ['case_worker'], email);
  const signIn = () => t.request('POST', '/api/auth/sign-in', { body: { email, password: testPassword } });
  const first = await signIn();
  const headers = {
    cookie: first.headers.get('set-cookie')?.split(';')[0] ?? '',
    'x-csrf-token': ((await first.json()) as { csrfToken: string }).csrfToken,
  };
  const started = await t.request('POST', '/api/me/second-factor/enrolment', { headers });
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await t.request('POST', '/api/me/second-factor', {
    headers,
    body: { code: generateTotpCode(secret, new Date()) },
  });
  const [recoveryCode = ''] = ((await confirmed.json()) as { recoveryCodes: string[] }).recoveryCodes;
  const { challenge } = (await (await signIn()).json()) as { challenge: string };
  return { challenge, recoveryCode };
}

/** A one-person history file for the police, as a CSV upload (a new source id every time). */
function historyUpload(t: TestApp) {
  const csv = `source_id,sex,birth_year\nM-${uniq()},Masculine,1980\n`;
  const sha = createHash('sha256').update(csv).digest('hex');
  const body = {
    organisationId: t.organisations.police.id,
    fileName: 'persons.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
  };
  return { body, sha };
}

/** A fresh API token of the fixture's target user (target@test.org), made by signing in as them. */
async function targetToken(t: TestApp): Promise<string> {
  const signIn = await t.request('POST', '/api/auth/sign-in', {
    body: { email: 'target@test.org', password: testPassword },
  });
  const headers = {
    cookie: signIn.headers.get('set-cookie')?.split(';')[0] ?? '',
    'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken,
  };
  const made = await t.request('POST', '/api/me/tokens', {
    headers,
    body: { name: `t-${uniq()}`, scopes: ['organisation:read'] },
  });
  return ((await made.json()) as { token: { id: string } }).token.id;
}

/** One release of national figures, published once per test app by the coordinator. */
const releases = new WeakMap<TestApp, Promise<string>>();
function aRelease(t: TestApp): Promise<string> {
  const made =
    releases.get(t) ??
    t.signInAs('national_coordinator').then(async (headers) => {
      const res = await t.request('POST', '/api/statistics/releases', {
        headers,
        body: { year: 1990, locales: ['en'] },
      });
      return ((await res.json()) as { release: { id: string } }).release.id;
    });
  releases.set(t, made);
  return made;
}
/** One released questionnaire, made once per test app by the coordinator. */
const countryReportReleases = new WeakMap<TestApp, Promise<string>>();
function aCountryReportRelease(t: TestApp): Promise<string> {
  const made =
    countryReportReleases.get(t) ??
    t.signInAs('national_coordinator').then(async (headers) => {
      const res = await t.request('POST', '/api/country-report/releases', {
        headers,
        body: { document: 'glotip', year: 1990 },
      });
      return ((await res.json()) as { release: { id: string } }).release.id;
    });
  countryReportReleases.set(t, made);
  return made;
}
/** A plan of the coordinator with one activity the plan owner's body (migration service) answers for. */
const plans = new WeakMap<TestApp, Promise<{ planId: string; activityId: string; indicatorId: string }>>();
function aPlan(t: TestApp) {
  const made =
    plans.get(t) ??
    t.signInAs('national_coordinator').then(async (headers) => {
      const post = async (path: string, body: unknown) =>
        (await (await t.request('POST', path, { headers, body })).json()) as { id: string };
      const plan = await post('/api/action-plans', { title: 'NAP', startYear: 2014, endYear: 2018 });
      const objective = await post(`/api/action-plans/${plan.id}/objectives`, {
        code: '1',
        title: 'Prevention',
      });
      const activity = await post(`/api/action-plans/${plan.id}/activities`, {
        objectiveId: objective.id,
        code: '1.1',
        title: 'Train diplomats',
        responsibleOrganisationId: t.organisations.migration_service.id,
        deadline: '2015-12-31',
      });
      const indicator = await post(`/api/action-plans/${plan.id}/indicators`, {
        name: 'Diplomats trained',
        unit: 'persons',
        source: { kind: 'entered', note: 'Ministry of Foreign Affairs' },
      });
      return { planId: plan.id, activityId: activity.id, indicatorId: indicator.id };
    });
  plans.set(t, made);
  return made;
}
/** A recommendation the plan owner's body (migration service) answers for. */
async function aRecommendation(t: TestApp): Promise<string> {
  const res = await t.request('POST', '/api/recommendations', {
    headers: await t.signInAs('national_coordinator'),
    body: {
      source: 'tip_report',
      sourceYear: 2015,
      sourceReference: `TIP ${uniq()}`,
      number: 9,
      text: 'Strengthen the capacity of the State Migration Service',
      responsibleOrganisationIds: [t.organisations.migration_service.id],
    },
  });
  return ((await res.json()) as { id: string }).id;
}
async function aHotlineContact(t: TestApp): Promise<string> {
  const res = await t.request('POST', '/api/hotline/contacts', {
    headers: await t.signInAs('hotline_operator'),
    body: hotlineContact,
  });
  return ((await res.json()) as { id: string }).id;
}
/** An awareness activity of the role's own body (the police's, for a role that records none). */
async function anAwarenessActivity(t: TestApp, role: Role): Promise<string> {
  const res = await t.request('POST', '/api/prevention/awareness', {
    headers: await t.signInAs(preventionRecorders.includes(role) ? role : 'investigator'),
    body: awareness,
  });
  return ((await res.json()) as { id: string }).id;
}
const awareness = {
  heldOn: '2014-05-12',
  title: 'Safe migration talk',
  placeCode: 'ganja',
  audience: 'citizens_going_abroad',
  language: 'az',
  channel: 'event',
};
const hotlineContact = {
  channel: 'phone',
  language: 'az',
  callerType: 'relative_or_friend',
  topic: 'working_abroad',
  outcome: 'information_given',
  callerIdentity: 'Leyla, +994 50 000 00 00',
};
/** prevention_activity: every body's own work, the coordinator's for all. */
const preventionRecorders: Role[] = [
  'national_coordinator',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_manager',
  'hotline_operator',
  'plan_owner',
];
/** The plan and the recommendations are read by everyone who works on the mechanism. */
const planReaders = preventionRecorders;
const coordinator: Role[] = ['national_coordinator'];
/** Criminal cases: the police's investigator opens them, the prosecution's prosecutor is assigned. */
const caseRoles: Role[] = ['investigator', 'prosecutor', 'integrity_officer'];

/** A police case assigned to the test prosecutor, with one defendant (an official: complicity). */
async function freshCase(t: TestApp, official = false): Promise<{ id: string; defendantId: string }> {
  const police = await t.signInAs('investigator');
  const res = await t.request('POST', '/api/cases', {
    headers: police,
    body: {
      reference: `K-${uniq()}`,
      openedBy: 'police_anti_trafficking',
      openedOn: '2025-03-01',
      legalBasis: ['144-2'],
      exploitationForms: ['ForcedLabour'],
      prosecutorUserId: t.users.prosecutor.id,
    },
  });
  const id = ((await res.json()) as { criminalCase: { id: string } }).criminalCase.id;
  const d = await t.request('POST', `/api/cases/${id}/defendants`, {
    headers: police,
    body: {
      kind: 'natural_person',
      name: 'Suspect',
      sex: 'male',
      ageBand: '30-44',
      citizenship: 'AZ',
      publicOfficial: official,
      publicFunction: official ? 'Police officer' : null,
      investigatedOn: '2025-03-02',
    },
  });
  return { id, defendantId: ((await d.json()) as { defendant: { id: string } }).defendant.id };
}
const cases = new WeakMap<TestApp, Promise<{ id: string; defendantId: string }>>();
function aCase(t: TestApp) {
  const made = cases.get(t) ?? freshCase(t);
  cases.set(t, made);
  return made;
}

/** A year no release has used yet: a first release needs no correction reason. */
let releaseYear = 1991;
/** Country-report saves: each its own year, so each is a first save. */
let countryReportYear = 2040;
/** Years for questionnaire releases (their own table: any year, once each). */
let countryReportReleaseYear = 1991;

/** One facility of the test shelter organisation per test app, with room for every admission. */
const facilities = new WeakMap<TestApp, Promise<string>>();
function aFacility(t: TestApp): Promise<string> {
  const made =
    facilities.get(t) ??
    t.signInAs('system_administrator').then(async (headers) => {
      const res = await t.request('POST', '/api/shelters', {
        headers,
        body: {
          organisationId: t.organisations.shelter.id,
          name: `Shelter ${uniq()}`,
          operatorType: 'ngo',
          region: 'Baku',
          capacity: { women: 500, men: 0, children: 0, families: 0 },
          specialisations: ['women'],
          freeMovement: true,
          address: 'Hidden street 9',
        },
      });
      return ((await res.json()) as { facility: { id: string } }).facility.id;
    });
  facilities.set(t, made);
  return made;
}

/** A person of the NGO referred to the shelter organisation, which accepted. */
async function personAtShelter(t: TestApp): Promise<string> {
  const personId = await freshPerson(t);
  const sent = await t.request('POST', `/api/persons/${personId}/referrals`, {
    headers: await t.signInAs('case_worker'),
    body: { toOrganisationId: t.organisations.shelter.id, services: ['shelter'], shareIdentity: false },
  });
  const referralId = ((await sent.json()) as { referral: { id: string } }).referral.id;
  await t.request('POST', `/api/referrals/${referralId}/accept`, {
    headers: await t.signInAs('shelter_manager'),
    body: {},
  });
  return personId;
}

/** An open stay in the fixture facility. */
async function freshStay(t: TestApp): Promise<string> {
  const personId = await personAtShelter(t);
  const res = await t.request('POST', `/api/shelters/${await aFacility(t)}/stays`, {
    headers: await t.signInAs('shelter_manager'),
    body: { personId, residentGroup: 'women', admittedOn: '2026-01-05' },
  });
  return ((await res.json()) as { stay: { id: string } }).stay.id;
}

/** A large budget line and an allocation from it, once per test app. */
const money = new WeakMap<TestApp, Promise<{ lineId: string; allocationId: string }>>();
function aBudget(t: TestApp) {
  const made =
    money.get(t) ??
    t.signInAs('finance_officer').then(async (headers) => {
      const line = await t.request('POST', '/api/funding/budget-lines', {
        headers,
        body: { year: 2026, source: 'state_budget', name: 'Victim assistance', amount: 1e9, currency: 'AZN' },
      });
      const lineId = ((await line.json()) as { line: { id: string } }).line.id;
      const allocation = await t.request('POST', `/api/funding/budget-lines/${lineId}/allocations`, {
        headers,
        body: { recipientOrganisationId: t.organisations.ngo.id, amount: 1e8, allocatedOn: '2026-01-05' },
      });
      return {
        lineId,
        allocationId: ((await allocation.json()) as { allocation: { id: string } }).allocation.id,
      };
    });
  money.set(t, made);
  return made;
}

const shelterReaders: Role[] = [
  'system_administrator',
  'national_coordinator',
  'case_worker',
  'investigator',
  'shelter_manager',
];
const finance: Role[] = ['finance_officer'];

const matrix: Record<string, Case> = {
  'GET /api/cases': { allow: caseRoles, success: 200, request: () => ({ path: '/api/cases' }) },
  'POST /api/cases': {
    allow: caseRoles,
    success: 201,
    request: () => ({
      path: '/api/cases',
      body: {
        reference: `K-${uniq()}`,
        openedBy: 'prosecutor',
        openedOn: '2025-01-10',
        legalBasis: ['144-1'],
        exploitationForms: ['SexualExploitation'],
      },
    }),
  },
  'GET /api/cases/options': {
    allow: caseRoles,
    success: 200,
    request: () => ({ path: '/api/cases/options' }),
  },
  'PUT /api/cases/options/sentence-bands': {
    allow: admin,
    success: 200,
    request: () => ({
      path: '/api/cases/options/sentence-bands',
      body: { sentenceBands: [...defaultSentenceBands] },
    }),
  },
  // The integrity unit sits in the police: the police's ordinary cases are its body's too.
  'GET /api/cases/{id}': {
    allow: caseRoles,
    success: 200,
    denied: 404,
    request: async (t) => ({ path: `/api/cases/${(await aCase(t)).id}` }),
  },
  'PATCH /api/cases/{id}': {
    allow: caseRoles,
    success: 200,
    denied: 404,
    request: async (t) => ({
      path: `/api/cases/${(await freshCase(t)).id}`,
      body: { version: 1, reference: 'R' },
    }),
  },
  // The victim is the NGO's, shared with the police and the prosecution: the integrity unit,
  // with no person grant, reaches the case but not the person.
  'POST /api/cases/{id}/victims': {
    allow: ['investigator', 'prosecutor'],
    success: 200,
    denied: 404,
    deniedFor: { integrity_officer: 403 },
    request: async (t) => {
      const personId = await freshPerson(t);
      await t.request('POST', `/api/persons/${personId}/shares`, {
        headers: await t.signInAs('case_worker'),
        body: { organisationId: t.organisations.prosecution.id, reason: 'matrix' },
      });
      return {
        path: `/api/cases/${(await aCase(t)).id}/victims`,
        body: { personId, role: 'victim_witness', testified: true, protectionMeasures: ['anonymity'] },
      };
    },
  },
  // The alert is between the NGO and the police: the prosecution and the integrity unit
  // (no referral work) are no party to it.
  'POST /api/cases/{id}/alerts': {
    allow: ['investigator'],
    success: 200,
    denied: 404,
    deniedFor: { prosecutor: 403, integrity_officer: 403 },
    request: async (t) => ({
      path: `/api/cases/${(await freshCase(t)).id}/alerts`,
      body: { alertId: await freshAlert(t) },
    }),
  },
  'POST /api/cases/{id}/defendants': {
    allow: caseRoles,
    success: 201,
    denied: 404,
    request: async (t) => ({
      path: `/api/cases/${(await aCase(t)).id}/defendants`,
      body: {
        kind: 'company',
        name: 'Brick Ltd',
        sex: 'unknown',
        ageBand: 'unknown',
        citizenship: null,
        publicOfficial: false,
        publicFunction: null,
        investigatedOn: '2025-04-01',
      },
    }),
  },
  'POST /api/cases/{id}/defendants/{defendantId}/stages': {
    allow: caseRoles,
    success: 201,
    denied: 404,
    request: async (t) => {
      const c = await freshCase(t);
      return {
        path: `/api/cases/${c.id}/defendants/${c.defendantId}/stages`,
        body: { version: 1, stage: 'charged', occurredOn: '2025-05-01' },
      };
    },
  },
  'POST /api/cases/{id}/defendants/{defendantId}/reveal': {
    allow: caseRoles,
    success: 200,
    denied: 404,
    request: async (t) => {
      const c = await aCase(t);
      return { path: `/api/cases/${c.id}/defendants/${c.defendantId}/reveal` };
    },
  },
  'POST /api/cases/{id}/defendants/{defendantId}/payments': {
    allow: caseRoles,
    success: 201,
    denied: 404,
    request: async (t) => {
      const c = await freshCase(t);
      const police = await t.signInAs('investigator');
      let version = 1;
      for (const stage of [
        { stage: 'verdict', occurredOn: '2025-05-01', verdict: 'convicted' },
        {
          stage: 'sentence',
          occurredOn: '2025-05-01',
          sentence: {
            prisonMonths: 12,
            suspended: true,
            fine: 0,
            confiscation: false,
            compensationOrdered: 1000,
            compensationPaid: 0,
          },
        },
      ]) {
        await t.request('POST', `/api/cases/${c.id}/defendants/${c.defendantId}/stages`, {
          headers: police,
          body: { version, ...stage },
        });
        version += 1;
      }
      return {
        path: `/api/cases/${c.id}/defendants/${c.defendantId}/payments`,
        body: { version, amount: 250, paidOn: '2025-06-01' },
      };
    },
  },
  // An official's case is in the complicity compartment: the opening investigator loses it.
  'POST /api/cases/{id}/defendants/{defendantId}/measures': {
    allow: ['prosecutor', 'integrity_officer'],
    success: 201,
    denied: 404,
    request: async (t) => {
      const c = await freshCase(t, true);
      return {
        path: `/api/cases/${c.id}/defendants/${c.defendantId}/measures`,
        body: { measure: 'dismissal', decidedOn: '2025-03-10' },
      };
    },
  },
  'GET /api/persons/{id}/penalties': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/penalties` }),
  },
  'POST /api/persons/{id}/penalties': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/penalties`,
      body: { penalty: 'deported', occurredOn: '2025-02-01' },
    }),
  },
  'GET /api/health': { allow: 'public', success: 200, request: () => ({ path: '/api/health' }) },
  'GET /api/openapi.json': { allow: 'public', success: 200, request: () => ({ path: '/api/openapi.json' }) },
  'POST /api/auth/sign-in': {
    allow: 'public',
    success: 200,
    request: (t, _f, role) => ({
      path: '/api/auth/sign-in',
      body: { email: t.users[role].email, password: testPassword },
    }),
  },
  'POST /api/auth/second-factor': {
    allow: 'public',
    success: 200,
    request: async (t) => ({ path: '/api/auth/second-factor', body: await secondFactorChallenge(t) }),
  },
  'GET /api/auth/single-sign-on': {
    allow: 'public',
    success: 200,
    request: () => ({ path: '/api/auth/single-sign-on' }),
  },
  // No provider is configured in this app: both answer 404 to anyone. The flow through a real
  // provider is single-sign-on.int.test.ts's subject.
  'GET /api/auth/oidc/start': {
    allow: 'public',
    success: 404,
    request: () => ({ path: '/api/auth/oidc/start' }),
  },
  'GET /api/auth/oidc/callback': {
    allow: 'public',
    success: 404,
    request: () => ({ path: '/api/auth/oidc/callback?code=x&state=y' }),
  },
  'POST /api/auth/sign-out': { allow: 'all', success: 204, request: () => ({ path: '/api/auth/sign-out' }) },
  'POST /api/auth/sign-out-everywhere': {
    allow: 'all',
    success: 204,
    request: () => ({ path: '/api/auth/sign-out-everywhere' }),
  },
  'GET /api/me': { allow: 'all', success: 200, request: () => ({ path: '/api/me' }) },
  'PATCH /api/me': {
    allow: 'all',
    success: 200,
    request: () => ({ path: '/api/me', body: { locale: 'az' } }),
  },
  'POST /api/me/password': {
    allow: 'all',
    success: 204,
    request: () => ({
      path: '/api/me/password',
      body: { currentPassword: testPassword, newPassword: testPassword },
    }),
  },
  // Every role has a home page; each count is included only where the role may open its list.
  'GET /api/me/today': { allow: 'all', success: 200, request: () => ({ path: '/api/me/today' }) },
  'GET /api/me/tokens': { allow: 'all', success: 200, request: () => ({ path: '/api/me/tokens' }) },
  'POST /api/me/tokens': {
    allow: 'all',
    success: 201,
    request: () => ({ path: '/api/me/tokens', body: { name: `t-${uniq()}`, scopes: ['organisation:read'] } }),
  },
  'POST /api/me/second-factor/enrolment': {
    allow: 'all',
    success: 200,
    request: () => ({ path: '/api/me/second-factor/enrolment' }),
  },
  // Every role reaches the check of the code; a wrong one is refused as such (422), not as a
  // right (403). A right code would enrol the role's test user, whose later sign-ins then wait
  // for a code (second-factor.int.test.ts signs in with one).
  'POST /api/me/second-factor': {
    allow: 'all',
    success: 422,
    request: async (t, _f, role) => {
      await t.request('POST', '/api/me/second-factor/enrolment', { headers: await t.signInAs(role) });
      return { path: '/api/me/second-factor', body: { code: '000000' } };
    },
  },
  'DELETE /api/me/tokens/{id}': {
    allow: 'all',
    success: 204,
    request: () => ({ path: '/api/me/tokens/{own-token}' }),
  },
  'GET /api/organisations': { allow: 'all', success: 200, request: () => ({ path: '/api/organisations' }) },
  'POST /api/organisations': {
    allow: admin,
    success: 201,
    request: () => ({ path: '/api/organisations', body: { name: `Org ${uniq()}`, type: 'ngo' } }),
  },
  'GET /api/organisations/{id}': {
    allow: 'all',
    success: 200,
    request: (_t, f) => ({ path: `/api/organisations/${f.target.orgId}` }),
  },
  'PATCH /api/organisations/{id}': {
    allow: admin,
    success: 200,
    request: (_t, f) => ({ path: `/api/organisations/${f.target.orgId}`, body: { region: `R ${uniq()}` } }),
  },
  // Only the organisation's own staff read its address (a shelter's location): nobody outside
  // the target shelter organisation, the administrator included, may.
  'POST /api/organisations/{id}/address/reveal': {
    allow: [],
    success: 200,
    request: (_t, f) => ({ path: `/api/organisations/${f.target.shelterId}/address/reveal` }),
  },
  'GET /api/users': { allow: 'all', success: 200, request: () => ({ path: '/api/users' }) },
  'POST /api/users': {
    allow: admin,
    success: 201,
    request: (_t, f) => ({
      path: '/api/users',
      body: {
        email: `u${uniq()}@test.org`,
        displayName: 'New',
        organisationId: f.target.orgId,
        roles: ['case_worker'],
        password: testPassword,
      },
    }),
  },
  'GET /api/users/{id}': {
    allow: ['system_administrator', 'auditor'],
    success: 200,
    denied: 404,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}` }),
  },
  'PATCH /api/users/{id}': {
    allow: admin,
    success: 200,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}`, body: { displayName: `Name ${uniq()}` } }),
  },
  'POST /api/users/{id}/password': {
    allow: admin,
    success: 204,
    request: (_t, f) => ({
      path: `/api/users/${f.target.userId}/password`,
      body: { password: testPassword },
    }),
  },
  'POST /api/users/{id}/second-factor/reset': {
    allow: admin,
    success: 204,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}/second-factor/reset` }),
  },
  'POST /api/users/{id}/unlock': {
    allow: admin,
    success: 200,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}/unlock` }),
  },
  'GET /api/users/{id}/api-tokens': {
    allow: admin,
    success: 200,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}/api-tokens` }),
  },
  'DELETE /api/users/{id}/api-tokens': {
    allow: admin,
    success: 200,
    request: (_t, f) => ({ path: `/api/users/${f.target.userId}/api-tokens` }),
  },
  'DELETE /api/users/{id}/api-tokens/{tokenId}': {
    allow: admin,
    success: 204,
    request: async (t, f) => ({ path: `/api/users/${f.target.userId}/api-tokens/${await targetToken(t)}` }),
  },
  'GET /api/persons': {
    allow: ['case_worker', 'investigator', 'prosecutor', 'shelter_manager'],
    success: 200,
    request: () => ({ path: '/api/persons' }),
  },
  'POST /api/persons/search': {
    allow: ['case_worker', 'investigator', 'prosecutor', 'shelter_manager'],
    success: 200,
    request: () => ({ path: '/api/persons/search', body: { name: 'Anyone Atall' } }),
  },
  'POST /api/persons': {
    allow: ['case_worker', 'investigator', 'hotline_operator'],
    success: 201,
    request: () => ({
      path: '/api/persons',
      body: {
        gender: 'Feminine',
        identity: { givenNames: `P${uniq()}`, familyName: uniq() },
        confirmDuplicates: true,
      },
    }),
  },
  'POST /api/persons/duplicate-check': {
    allow: ['case_worker', 'investigator', 'hotline_operator'],
    success: 200,
    request: () => ({
      path: '/api/persons/duplicate-check',
      body: { name: 'Aysel Mammadova', birthYear: 1990 },
    }),
  },
  'POST /api/persons/duplicate-check/contact-requests': {
    allow: ['case_worker', 'investigator', 'hotline_operator'],
    success: 202,
    request: () => ({
      path: '/api/persons/duplicate-check/contact-requests',
      body: { name: 'Aysel Mammadova', birthYear: 1990 },
    }),
  },
  'GET /api/persons/{id}': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}` }),
  },
  'PATCH /api/persons/{id}': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}`, body: { languages: ['az', 'ru'] } }),
  },
  'POST /api/persons/{id}/identity/reveal': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/identity/reveal`,
      body: { reason: 'matrix' },
    }),
  },
  'POST /api/persons/{id}/screenings': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/screenings`,
      body: { listKey, population: 'adult', answers: [], outcome: 'inconclusive' },
    }),
  },
  'PUT /api/persons/{id}/exploitation': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/exploitation`,
      body: {
        forms: ['ForcedLabour'],
        industry: 'F',
        meansOfControl: ['WithholdsDocuments'],
        recruitmentMethods: [],
        recruiterRelationship: null,
        recruitmentCountries: ['AZ'],
        transitCountries: [],
        exploitationCountries: ['RU'],
        periodFrom: null,
        periodTo: null,
        childAtExploitation: false,
      },
    }),
  },
  'POST /api/persons/{id}/decisions': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/decisions`,
      body: { outcome: 'identified', decidedOn: '2026-01-10', grounds: 'Matrix grounds' },
    }),
  },
  'POST /api/persons/{id}/shares': {
    allow: owner,
    success: 204,
    request: (t, f) => ({
      path: `/api/persons/${f.target.personId}/shares`,
      body: { organisationId: t.organisations.victim_assistance_centre.id, reason: 'services' },
    }),
  },
  'DELETE /api/persons/{id}/shares/{organisationId}': {
    allow: owner,
    success: 204,
    request: (t, f) => ({
      path: `/api/persons/${f.target.personId}/shares/${t.organisations.victim_assistance_centre.id}`,
    }),
  },
  'GET /api/persons/{id}/htcds': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/htcds` }),
  },
  'POST /api/persons/htcds': {
    allow: ['case_worker', 'investigator', 'hotline_operator'],
    success: 201,
    request: () => ({
      path: '/api/persons/htcds',
      body: {
        record: {
          prs_FirstName: `Imported${uniq()}`,
          prs_SecondName: uniq(),
          prs_Gender: 'Masculine',
          prs_Citizenship: ['UZ'],
        },
        confirmDuplicates: true,
      },
    }),
  },
  'GET /api/indicator-lists': {
    allow: screeners,
    success: 200,
    request: () => ({ path: '/api/indicator-lists' }),
  },
  'GET /api/indicator-lists/{key}': {
    allow: screeners,
    success: 200,
    request: () => ({ path: `/api/indicator-lists/${listKey}` }),
  },
  'POST /api/indicator-lists': {
    allow: admin,
    success: 201,
    request: () => ({
      path: '/api/indicator-lists',
      body: { ...findShippedIndicatorList(listKey), key: `country-sop-${uniq()}`, version: 1 },
    }),
  },
  'POST /api/indicator-lists/{key}/versions/{version}/verification': {
    allow: admin,
    success: 201,
    // A fresh country list each time: a version is verified once.
    request: async (t) => {
      const key = `country-sop-${uniq()}`;
      await t.request('POST', '/api/indicator-lists', {
        headers: await t.signInAs('system_administrator'),
        body: { ...findShippedIndicatorList('ilo-ec-2009-child-sexual'), key, version: 1 },
      });
      return {
        path: `/api/indicator-lists/${key}/versions/1/verification`,
        body: { document: 'National SOP, annex 2 (2026)', flaggedItemsChecked: true },
      };
    },
  },
  'GET /api/historic-imports/template': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/historic-imports/template' }),
  },
  'GET /api/historic-imports/template.xlsx': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/historic-imports/template.xlsx' }),
  },
  'GET /api/historic-imports/template/{name}': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/historic-imports/template/persons.csv' }),
  },
  'GET /api/historic-imports': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/historic-imports' }),
  },
  'POST /api/historic-imports/check': {
    allow: admin,
    success: 200,
    request: (t) => ({ path: '/api/historic-imports/check', body: historyUpload(t).body }),
  },
  'POST /api/historic-imports': {
    allow: admin,
    success: 200,
    request: (t) => {
      const { body, sha } = historyUpload(t);
      return { path: '/api/historic-imports', body: { ...body, expectedSha256: sha } };
    },
  },
  'GET /api/settings/identification': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/settings/identification' }),
  },
  'PATCH /api/settings/identification': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/settings/identification', body: { firstDecisionWorkingDays: 5 } }),
  },
  'GET /api/persons/{id}/referral-proposals': {
    allow: owner,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/referral-proposals` }),
  },
  'GET /api/persons/{id}/referrals': {
    allow: parties,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/referrals` }),
  },
  'POST /api/persons/{id}/referrals': {
    allow: owner,
    success: 201,
    request: async (t) => ({
      path: `/api/persons/${await freshPerson(t)}/referrals`,
      body: {
        toOrganisationId: t.organisations.victim_assistance_centre.id,
        services: ['medical'],
        shareIdentity: false,
      },
    }),
  },
  'GET /api/referrals/{id}': {
    allow: parties,
    success: 200,
    request: async (t) => ({ path: `/api/referrals/${await freshReferral(t)}` }),
  },
  'POST /api/referrals/{id}/accept': {
    allow: ['investigator'],
    success: 200,
    request: async (t) => ({ path: `/api/referrals/${await freshReferral(t)}/accept`, body: {} }),
  },
  'POST /api/referrals/{id}/decline': {
    allow: ['investigator'],
    success: 200,
    request: async (t) => ({
      path: `/api/referrals/${await freshReferral(t)}/decline`,
      body: { reason: 'Not ours' },
    }),
  },
  'POST /api/referrals/{id}/complete': {
    allow: ['investigator'],
    success: 200,
    request: async (t) => ({ path: `/api/referrals/${await freshReferral(t, true)}/complete`, body: {} }),
  },
  'POST /api/referrals/{id}/withdraw': {
    allow: ['case_worker'],
    success: 200,
    request: async (t) => ({
      path: `/api/referrals/${await freshReferral(t)}/withdraw`,
      body: { reason: 'Sent by mistake' },
    }),
  },
  'GET /api/referrals/{id}/messages': {
    allow: parties,
    success: 200,
    request: async (t) => ({ path: `/api/referrals/${await freshReferral(t)}/messages` }),
  },
  'POST /api/referrals/{id}/messages': {
    allow: parties,
    success: 201,
    request: async (t) => ({
      path: `/api/referrals/${await freshReferral(t)}/messages`,
      body: { body: 'Hello' },
    }),
  },
  'GET /api/inbox': {
    allow: ['case_worker', 'investigator', 'prosecutor', 'shelter_manager'],
    success: 200,
    request: () => ({ path: '/api/inbox' }),
  },
  'GET /api/inbox/{section}': {
    allow: ['case_worker', 'investigator', 'prosecutor', 'shelter_manager'],
    success: 200,
    request: () => ({ path: '/api/inbox/incoming?limit=5' }),
  },
  'GET /api/persons/{id}/consents': {
    allow: parties,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/consents` }),
  },
  'POST /api/persons/{id}/consents': {
    allow: owner,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/consents`,
      body: { purposes: ['share_identity'], organisationIds: [], means: 'written', givenOn: '2026-01-10' },
    }),
  },
  'POST /api/consents/{id}/withdraw': {
    allow: owner,
    success: 204,
    request: async (t, f) => {
      const res = await t.request('POST', `/api/persons/${f.target.personId}/consents`, {
        headers: await t.signInAs('case_worker'),
        body: {
          purposes: ['share_identity'],
          organisationIds: [],
          means: 'oral_witnessed',
          givenOn: '2026-01-10',
        },
      });
      return {
        path: `/api/consents/${((await res.json()) as { consent: { id: string } }).consent.id}/withdraw`,
      };
    },
  },
  'GET /api/notifications': { allow: 'all', success: 200, request: () => ({ path: '/api/notifications' }) },
  'POST /api/notifications/read': {
    allow: 'all',
    success: 200,
    request: () => ({ path: '/api/notifications/read', body: { ids: [crypto.randomUUID()] } }),
  },
  'GET /api/alerts': {
    allow: ['case_worker', 'investigator', 'prosecutor', 'shelter_manager', 'hotline_operator'],
    success: 200,
    request: () => ({ path: '/api/alerts' }),
  },
  'POST /api/alerts': {
    allow: ['case_worker', 'investigator', 'shelter_manager', 'hotline_operator'],
    success: 201,
    request: (t) => ({
      path: '/api/alerts',
      body: {
        toOrganisationId: t.organisations.labour_inspectorate.id,
        subject: 'workplace',
        title: 'Brick factory',
        details: 'Workers locked in at night',
      },
    }),
  },
  'GET /api/alerts/{id}': {
    allow: parties,
    success: 200,
    request: async (t) => ({ path: `/api/alerts/${await freshAlert(t)}` }),
  },
  'POST /api/alerts/{id}/acknowledge': {
    allow: ['investigator'],
    success: 200,
    request: async (t) => ({ path: `/api/alerts/${await freshAlert(t)}/acknowledge` }),
  },
  'POST /api/alerts/{id}/close': {
    allow: parties,
    success: 200,
    request: async (t) => ({ path: `/api/alerts/${await freshAlert(t)}/close` }),
  },
  'POST /api/alerts/{id}/persons': {
    allow: parties,
    success: 200,
    request: async (t, f) => ({
      path: `/api/alerts/${await freshAlert(t)}/persons`,
      body: { personId: f.target.personId },
    }),
  },
  'GET /api/alerts/{id}/messages': {
    allow: parties,
    success: 200,
    request: async (t) => ({ path: `/api/alerts/${await freshAlert(t)}/messages` }),
  },
  'POST /api/alerts/{id}/messages': {
    allow: parties,
    success: 201,
    request: async (t) => ({
      path: `/api/alerts/${await freshAlert(t)}/messages`,
      body: { body: 'Seen again today' },
    }),
  },
  // Prevention (issue 14): no person in these records; each body its own, the coordinator all.
  'GET /api/prevention/places': {
    allow: 'all',
    success: 200,
    request: () => ({ path: '/api/prevention/places' }),
  },
  'PUT /api/prevention/places': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/prevention/places', body: { places: [...defaultPreventionPlaces] } }),
  },
  'GET /api/prevention/awareness': {
    allow: preventionRecorders,
    success: 200,
    request: () => ({ path: '/api/prevention/awareness' }),
  },
  'POST /api/prevention/awareness': {
    allow: preventionRecorders,
    success: 201,
    request: () => ({
      path: '/api/prevention/awareness',
      body: {
        heldOn: '2014-05-12',
        title: 'Safe migration talk',
        placeCode: 'ganja',
        audience: 'citizens_going_abroad',
        language: 'az',
        channel: 'event',
      },
    }),
  },
  // A body corrects its own entries; another body's are as absent as none.
  'PUT /api/prevention/awareness/{id}': {
    allow: preventionRecorders,
    success: 200,
    denied: 404,
    request: async (t, _f, role) => ({
      path: `/api/prevention/awareness/${await anAwarenessActivity(t, role)}`,
      body: { ...awareness, placeCode: 'shaki', reach: 40 },
    }),
  },
  'GET /api/prevention/trainings': {
    allow: preventionRecorders,
    success: 200,
    request: () => ({ path: '/api/prevention/trainings' }),
  },
  'POST /api/prevention/trainings': {
    allow: preventionRecorders,
    success: 201,
    request: () => ({
      path: '/api/prevention/trainings',
      body: {
        startedOn: '2014-03-03',
        title: 'Identifying victims',
        topic: 'identification',
        participants: [{ bodyType: 'police', participants: 20 }],
      },
    }),
  },
  'GET /api/prevention/oversight': {
    allow: preventionRecorders,
    success: 200,
    request: () => ({ path: '/api/prevention/oversight' }),
  },
  'POST /api/prevention/oversight': {
    allow: preventionRecorders,
    success: 201,
    request: () => ({
      path: '/api/prevention/oversight',
      body: {
        kind: 'recruitment_agency_inspection',
        heldOn: '2014-06-01',
        subject: 'Agency X',
        employersSanctioned: 1,
      },
    }),
  },
  'GET /api/hotline/contacts': {
    allow: ['hotline_operator'],
    success: 200,
    request: () => ({ path: '/api/hotline/contacts' }),
  },
  'POST /api/hotline/contacts': {
    allow: ['hotline_operator'],
    success: 201,
    request: () => ({ path: '/api/hotline/contacts', body: hotlineContact }),
  },
  'PUT /api/hotline/contacts/{id}': {
    allow: ['hotline_operator'],
    success: 200,
    denied: 404,
    request: async (t) => ({
      path: `/api/hotline/contacts/${await aHotlineContact(t)}`,
      body: {
        channel: 'phone',
        language: 'az',
        callerType: 'possible_victim',
        topic: 'working_abroad',
        outcome: 'emergency_to_police',
      },
    }),
  },
  'GET /api/hotline/contacts/{id}': {
    allow: ['hotline_operator'],
    success: 200,
    denied: 404,
    request: async (t) => ({ path: `/api/hotline/contacts/${await aHotlineContact(t)}` }),
  },
  'GET /api/action-plans': {
    allow: planReaders,
    success: 200,
    request: () => ({ path: '/api/action-plans' }),
  },
  'POST /api/action-plans': {
    allow: coordinator,
    success: 201,
    request: () => ({
      path: '/api/action-plans',
      body: { title: 'NAP 2019-2023', startYear: 2019, endYear: 2023 },
    }),
  },
  'GET /api/action-plans/{id}': {
    allow: planReaders,
    success: 200,
    request: async (t) => ({ path: `/api/action-plans/${(await aPlan(t)).planId}` }),
  },
  'POST /api/action-plans/{id}/objectives': {
    allow: coordinator,
    success: 201,
    request: async (t) => ({
      path: `/api/action-plans/${(await aPlan(t)).planId}/objectives`,
      body: { code: uniq(), title: 'Protection' },
    }),
  },
  'POST /api/action-plans/{id}/activities': {
    allow: coordinator,
    success: 201,
    request: async (t) => {
      const { planId } = await aPlan(t);
      const headers = await t.signInAs('national_coordinator');
      const plan = (await (await t.request('GET', `/api/action-plans/${planId}`, { headers })).json()) as {
        objectives: { id: string }[];
      };
      return {
        path: `/api/action-plans/${planId}/activities`,
        body: {
          objectiveId: plan.objectives[0]?.id,
          code: uniq(),
          title: 'Shelter outside Baku',
          responsibleOrganisationId: t.organisations.shelter.id,
          deadline: '2016-06-30',
          budgetAmount: 50000,
        },
      };
    },
  },
  'POST /api/action-plans/{id}/indicators': {
    allow: coordinator,
    success: 201,
    request: async (t) => ({
      path: `/api/action-plans/${(await aPlan(t)).planId}/indicators`,
      body: {
        name: 'Victims identified by state bodies',
        unit: 'persons',
        source: { kind: 'computed', tableKey: 'victims_identified.body_sex', row: 'state' },
        targets: { '2015': 10 },
      },
    }),
  },
  'POST /api/action-plans/{id}/evaluations': {
    allow: coordinator,
    success: 201,
    request: async (t) => ({
      path: `/api/action-plans/${(await aPlan(t)).planId}/evaluations`,
      body: {
        kind: 'independent',
        evaluator: 'University',
        completedOn: '2016-02-01',
        findings: 'No metrics.',
      },
    }),
  },
  'POST /api/plan-indicators/{id}/values': {
    allow: coordinator,
    success: 201,
    request: async (t) => ({
      path: `/api/plan-indicators/${(await aPlan(t)).indicatorId}/values`,
      body: { year: 2015, value: 0 },
    }),
  },
  // The plan owner reports for their own body's activity; the coordinator for any.
  'POST /api/plan-activities/{id}/progress': {
    allow: ['national_coordinator', 'plan_owner'],
    success: 201,
    request: async (t) => ({
      path: `/api/plan-activities/${(await aPlan(t)).activityId}/progress`,
      body: { year: 2015, status: 'in_progress', narrative: 'Curriculum drafted' },
    }),
  },
  'GET /api/recommendations': {
    allow: planReaders,
    success: 200,
    request: () => ({ path: '/api/recommendations' }),
  },
  'POST /api/recommendations': {
    allow: coordinator,
    success: 201,
    request: () => ({
      path: '/api/recommendations',
      body: {
        source: 'greta',
        sourceYear: 2014,
        sourceReference: `GRETA ${uniq()}`,
        number: 1,
        text: 'Evaluate',
      },
    }),
  },
  'POST /api/recommendations/{id}/status': {
    allow: ['national_coordinator', 'plan_owner'],
    success: 201,
    request: async (t) => ({
      path: `/api/recommendations/${await aRecommendation(t)}/status`,
      body: { year: 2015, status: 'in_progress', actions: 'Training planned' },
    }),
  },
  'GET /api/settings/referrals': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/settings/referrals' }),
  },
  'PATCH /api/settings/referrals': {
    allow: admin,
    success: 200,
    request: () => ({
      path: '/api/settings/referrals',
      body: { responseWorkingDays: { normal: 3, urgent: 1 } },
    }),
  },
  'GET /api/statistics/report': {
    allow: statisticsReaders,
    success: 200,
    request: () => ({ path: '/api/statistics/report?year=2025' }),
  },
  'GET /api/statistics/report.xlsx': {
    allow: statisticsReaders,
    success: 200,
    request: () => ({ path: '/api/statistics/report.xlsx?year=2025' }),
  },
  'GET /api/statistics/report.pdf': {
    allow: statisticsReaders,
    success: 200,
    request: () => ({ path: '/api/statistics/report.pdf?year=2025' }),
  },
  'GET /api/statistics/report/tables/{table}': {
    allow: statisticsReaders,
    success: 200,
    request: () => ({ path: '/api/statistics/report/tables/victims_identified.sex_age?year=2025' }),
  },
  'GET /api/statistics/records': {
    allow: statisticsReaders,
    success: 200,
    request: () => ({ path: '/api/statistics/records?year=2025&table=victims_identified.sex_age' }),
  },
  'GET /api/statistics/ctdc-export': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/statistics/ctdc-export?k=11' }),
  },
  'GET /api/statistics/datasets': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/statistics/datasets' }),
  },
  'GET /api/settings/statistics': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/settings/statistics' }),
  },
  'PATCH /api/settings/statistics': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/settings/statistics', body: { suppressionThreshold: 5 } }),
  },
  // Releases: the national coordinator alone publishes and reads them (statistics_release).
  'GET /api/statistics/releases': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/statistics/releases' }),
  },
  'POST /api/statistics/releases': {
    allow: ['national_coordinator'],
    success: 201,
    request: () => ({ path: '/api/statistics/releases', body: { year: releaseYear++, locales: ['en'] } }),
  },
  'GET /api/statistics/releases/{id}': {
    allow: ['national_coordinator'],
    success: 200,
    request: async (t) => ({ path: `/api/statistics/releases/${await aRelease(t)}` }),
  },
  'GET /api/statistics/releases/{id}/files/{name}': {
    allow: ['national_coordinator'],
    success: 200,
    request: async (t) => ({ path: `/api/statistics/releases/${await aRelease(t)}/files/SHA256SUMS` }),
  },
  // The country's report: the national coordinator drafts it (country_report), nobody else.
  'GET /api/country-report/submissions/{template}': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/submissions/tip?year=2025' }),
  },
  'GET /api/country-report/submissions/{template}/xlsx': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/submissions/glotip/xlsx?year=2025' }),
  },
  'GET /api/country-report/narrative': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/narrative?year=2025&locale=az' }),
  },
  'PUT /api/country-report/narrative/{part}': {
    allow: ['national_coordinator'],
    success: 200,
    // A year of its own per request: each first save expects no edit yet (version 0).
    request: () => ({
      path: '/api/country-report/narrative/summary',
      body: { year: countryReportYear++, locale: 'en', text: 'The summary, edited.', version: 0 },
    }),
  },
  'GET /api/country-report/narrative/docx': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/narrative/docx?year=2025&locale=ru' }),
  },
  'GET /api/country-report/narrative/pdf': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/narrative/pdf?year=2025&locale=az' }),
  },
  'GET /api/country-report/assessment': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/assessment?year=2025' }),
  },
  'PUT /api/country-report/assessment/{criterion}': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({
      path: '/api/country-report/assessment/tvpa.b9_partnerships',
      body: { year: countryReportYear++, verdict: 'worse', notes: 'No money for NGOs.', version: 0 },
    }),
  },
  'GET /api/country-report/releases': {
    allow: ['national_coordinator'],
    success: 200,
    request: () => ({ path: '/api/country-report/releases?year=2025' }),
  },
  'POST /api/country-report/releases': {
    allow: ['national_coordinator'],
    success: 201,
    // A year of its own per request: a second release of the same year needs a reason.
    request: () => ({
      path: '/api/country-report/releases',
      body: { document: 'greta', year: countryReportReleaseYear++ },
    }),
  },
  'GET /api/country-report/releases/{id}/files/{name}': {
    allow: ['national_coordinator'],
    success: 200,
    request: async (t) => ({
      path: `/api/country-report/releases/${await aCountryReportRelease(t)}/files/SHA256SUMS`,
    }),
  },
  'GET /api/retention/settings': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/retention/settings' }),
  },
  'PUT /api/retention/settings': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/retention/settings', body: { enabled: false } }),
  },
  'GET /api/retention/plan': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/retention/plan' }),
  },
  'GET /api/retention/holds': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/retention/holds' }),
  },
  'PUT /api/retention/holds/{code}': {
    allow: admin,
    success: 204,
    request: async (t) => ({
      path: `/api/retention/holds/${await codeOf(t, await freshPerson(t))}`,
      body: { reason: 'Matrix hold' },
    }),
  },
  'DELETE /api/retention/holds/{code}': {
    allow: admin,
    success: 204,
    request: async (t) => {
      const path = `/api/retention/holds/${await codeOf(t, await freshPerson(t))}`;
      await t.request('PUT', path, {
        headers: await t.signInAs('system_administrator'),
        body: { reason: 'Matrix hold' },
      });
      return { path };
    },
  },
  'POST /api/retention/erasures': {
    allow: ['auditor'],
    success: 200,
    request: async (t) => ({
      path: '/api/retention/erasures',
      body: {
        code: await codeOf(t, await freshPerson(t)),
        legalBasis: 'consent_withdrawn',
        requestReference: 'DPO-2026/17',
      },
    }),
  },
  'POST /api/retention/subject-access': {
    allow: ['auditor'],
    success: 200,
    request: async (t, f) => ({
      path: '/api/retention/subject-access',
      body: { code: await codeOf(t, f.target.personId), requestReference: 'DPO-2026/18' },
    }),
  },
  'GET /api/audit/events': {
    allow: ['auditor'],
    success: 200,
    request: () => ({ path: '/api/audit/events' }),
  },
  'GET /api/audit/events/export': {
    allow: ['auditor'],
    success: 200,
    request: () => ({ path: '/api/audit/events/export?action=auth.signed_in' }),
  },
  'GET /api/audit/verify': {
    allow: ['auditor'],
    success: 200,
    request: () => ({ path: '/api/audit/verify' }),
  },
  'GET /api/protection/settings': {
    allow: 'all',
    success: 200,
    request: () => ({ path: '/api/protection/settings' }),
  },
  'PUT /api/protection/settings': {
    allow: admin,
    success: 200,
    request: () => ({ path: '/api/protection/settings', body: { defaultCurrency: 'AZN' } }),
  },
  'GET /api/persons/{id}/support': {
    allow: linked,
    success: 200,
    request: (_t, f) => ({ path: `/api/persons/${f.target.personId}/support` }),
  },
  'POST /api/persons/{id}/services': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/services`,
      body: { serviceType: 'medical', deliveredOn: '2026-01-12', outcome: 'completed' },
    }),
  },
  'POST /api/persons/{id}/cooperation': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/cooperation`,
      body: { status: 'not_asked', asOf: '2026-01-12' },
    }),
  },
  'POST /api/persons/{id}/reflection-periods': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/reflection-periods`,
      body: { startedOn: '2026-01-12', endsOn: '2026-03-12' },
    }),
  },
  'POST /api/persons/{id}/residence-permits': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/residence-permits`,
      body: { permitType: 'victim_temporary', status: 'applied', appliedOn: '2026-01-12' },
    }),
  },
  'POST /api/persons/{id}/returns': {
    allow: linked,
    success: 201,
    request: (_t, f) => ({
      path: `/api/persons/${f.target.personId}/returns`,
      body: { kind: 'assisted_voluntary_return', country: 'PH', returnedOn: '2026-01-12' },
    }),
  },
  'GET /api/shelters': { allow: shelterReaders, success: 200, request: () => ({ path: '/api/shelters' }) },
  'POST /api/shelters': {
    allow: admin,
    success: 201,
    request: (t) => ({
      path: '/api/shelters',
      body: {
        organisationId: t.organisations.shelter.id,
        name: `Shelter ${uniq()}`,
        operatorType: 'state',
        region: 'Ganja',
        capacity: { women: 10, men: 10, children: 0, families: 0 },
        specialisations: ['general'],
        freeMovement: true,
      },
    }),
  },
  'GET /api/shelters/{id}': {
    allow: shelterReaders,
    success: 200,
    request: async (t) => ({ path: `/api/shelters/${await aFacility(t)}` }),
  },
  'PATCH /api/shelters/{id}': {
    allow: ['system_administrator', 'shelter_manager'],
    success: 200,
    request: async (t) => ({ path: `/api/shelters/${await aFacility(t)}`, body: { region: 'Baku' } }),
  },
  'POST /api/shelters/{id}/address/reveal': {
    // The administrator registers the address but never reads it back.
    allow: ['shelter_manager'],
    success: 200,
    request: async (t) => ({ path: `/api/shelters/${await aFacility(t)}/address/reveal` }),
  },
  'POST /api/shelters/{id}/stays': {
    allow: ['shelter_manager'],
    success: 201,
    request: async (t) => ({
      path: `/api/shelters/${await aFacility(t)}/stays`,
      body: { personId: await personAtShelter(t), residentGroup: 'women', admittedOn: '2026-01-06' },
    }),
  },
  'POST /api/shelter-stays/{id}/discharge': {
    allow: ['shelter_manager'],
    success: 200,
    request: async (t) => ({
      path: `/api/shelter-stays/${await freshStay(t)}/discharge`,
      body: { dischargedOn: '2026-01-20', reason: 'recovered' },
    }),
  },
  'GET /api/funding': {
    allow: ['national_coordinator', 'finance_officer'],
    success: 200,
    request: () => ({ path: '/api/funding?year=2026' }),
  },
  'POST /api/funding/budget-lines': {
    allow: finance,
    success: 201,
    request: () => ({
      path: '/api/funding/budget-lines',
      body: {
        year: 2026,
        source: 'international_donor',
        name: `Grant ${uniq()}`,
        amount: 1000,
        currency: 'USD',
      },
    }),
  },
  'POST /api/funding/budget-lines/{id}/allocations': {
    allow: finance,
    success: 201,
    request: async (t) => ({
      path: `/api/funding/budget-lines/${(await aBudget(t)).lineId}/allocations`,
      body: { recipientOrganisationId: t.organisations.shelter.id, amount: 100, allocatedOn: '2026-01-07' },
    }),
  },
  'POST /api/funding/allocations/{id}/disbursements': {
    allow: finance,
    success: 201,
    request: async (t) => ({
      path: `/api/funding/allocations/${(await aBudget(t)).allocationId}/disbursements`,
      body: { amount: 10, disbursedOn: '2026-01-08', serviceType: 'accommodation' },
    }),
  },
};

/**
 * Routes after which a role's cached session no longer holds (they end sessions or change the
 * password); everything else reuses one session per role.
 */
const endsSessions = new Set([
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-out-everywhere',
  'POST /api/me/password',
]);

/**
 * The app with one session per role, signed in once and reused: 3,700 requests each signing in
 * (argon2id and a session row per request) made this file the slowest of CI, and what a request
 * may do does not depend on how fresh its session is (sessions-and-tokens.int.test.ts tests that).
 */
function withSessionPerRole(app: TestApp): TestApp & { forgetSessions(): void } {
  let sessions = new Map<Role, Promise<Record<string, string>>>();
  return {
    ...app,
    signInAs(role) {
      let session = sessions.get(role);
      if (!session) {
        session = app.signInAs(role);
        sessions.set(role, session);
      }
      return session;
    },
    forgetSessions() {
      sessions = new Map();
    },
  };
}

describeEachBackend('authorization matrix', (open) => {
  let database: TestDatabase;
  let t: ReturnType<typeof withSessionPerRole>;
  let fixture: Fixture;
  // Every line this suite makes the server write, at the most detailed level (see the last test).
  const logs = captureLogs();
  let typed: Set<string>;

  beforeAll(async () => {
    database = await open();
    const watched = rememberTypedValues(
      await createTestApp(database, { logger: logs.logger, accessLog: true }),
    );
    typed = watched.values;
    t = withSessionPerRole(watched.app);
    const adminHeaders = await t.signInAs('system_administrator');
    const org = await t.request('POST', '/api/organisations', {
      headers: adminHeaders,
      body: { name: 'Target org', type: 'ngo' },
    });
    const shelter = await t.request('POST', '/api/organisations', {
      headers: adminHeaders,
      body: { name: 'Target shelter', type: 'shelter', address: 'Hidden street 7' },
    });
    const orgId = ((await org.json()) as { organisation: { id: string } }).organisation.id;
    const user = await t.request('POST', '/api/users', {
      headers: adminHeaders,
      body: {
        email: 'target@test.org',
        displayName: 'Target',
        organisationId: orgId,
        roles: ['case_worker'],
        password: testPassword,
      },
    });
    const caseWorker = await t.signInAs('case_worker');
    const person = await t.request('POST', '/api/persons', {
      headers: caseWorker,
      body: {
        gender: 'Feminine',
        citizenships: ['PH'],
        identity: {
          givenNames: 'Maria',
          familyName: 'Santos',
          documents: [{ type: 'passport', number: 'P7731904', issuingCountry: 'PH' }],
          contacts: [{ kind: 'phone', value: '+63 917 555 0142' }],
          addresses: ['12 Mabini Street, Tondo, Manila'],
        },
      },
    });
    const personId = ((await person.json()) as { person: { id: string } }).person.id;
    await t.request('POST', `/api/persons/${personId}/consents`, {
      headers: caseWorker,
      body: {
        purposes: ['share_identity'],
        organisationIds: [t.organisations.police.id],
        means: 'written',
        givenOn: '2026-01-10',
      },
    });
    const shared = await t.request('POST', `/api/persons/${personId}/shares`, {
      headers: caseWorker,
      body: {
        organisationId: t.organisations.police.id,
        reason: 'identification decision',
        shareIdentity: true,
      },
    });
    expect(shared.status).toBe(204);
    fixture = {
      target: {
        personId,
        orgId,
        shelterId: ((await shelter.json()) as { organisation: { id: string } }).organisation.id,
        userId: ((await user.json()) as { user: { id: string } }).user.id,
      },
    };
  });
  afterAll(() => database?.close());

  it('has an expectation for every route in the OpenAPI document, and no stale ones', () => {
    const doc = openApiDocument(t.app, 'test') as unknown as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((r) => !routes.includes(r))).toEqual([]);
  });

  for (const [route, c] of Object.entries(matrix)) {
    const [method = 'GET'] = route.split(' ');
    it(`${route}: without credentials`, async () => {
      const { path, body } = await c.request(t, fixture, 'case_worker');
      const res = await t.request(method, path.replace('{own-token}', crypto.randomUUID()), { body });
      if (c.allow === 'public') expect(res.status).toBe(c.success);
      else {
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
      }
    });
    if (c.allow === 'public') continue;
    for (const role of roles) {
      const allowed = c.allow === 'all' || c.allow.includes(role);
      it(`${route}: ${role} -> ${allowed ? c.success : (c.denied ?? 403)}`, async () => {
        const headers = await t.signInAs(role);
        let { path, body } = await c.request(t, fixture, role);
        if (path.includes('{own-token}')) {
          const made = await t.request('POST', '/api/me/tokens', {
            headers,
            body: { name: 'x', scopes: ['organisation:read'] },
          });
          path = path.replace('{own-token}', ((await made.json()) as { token: { id: string } }).token.id);
        }
        const res = await t.request(method, path, { headers, body });
        if (endsSessions.has(route)) t.forgetSessions();
        const text = await res.text();
        const denied = c.deniedFor?.[role] ?? c.denied ?? 403;
        expect(res.status, text).toBe(allowed ? c.success : denied);
        if (!allowed) expect(JSON.parse(text).error.code).toBe(denied === 404 ? 'not_found' : 'forbidden');
      });
    }
  }

  // Last: the whole matrix (every route, every role, allowed and refused) has run through the
  // logger. No name, document, phone number, caller, address, email, password or session token
  // any request carried may be in a log line; the lines must still say what happened.
  it('wrote structured log lines with request ids and no value anyone typed', () => {
    const lines = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.event === 'http.request').length).toBeGreaterThan(1000);
    expect(lines.every((l) => typeof l.requestId === 'string' || l.event !== 'http.request')).toBe(true);
    const planted = ['Maria', 'Santos', 'P7731904', '+63 917 555 0142', 'Mabini Street', 'Leyla'];
    const secrets = [...Object.values(t.users).map((u) => u.email), testPassword];
    expect([...typed]).toEqual(
      expect.arrayContaining([...planted.slice(2, 4), 'Hidden street 7', 'Suspect']),
    );
    expect(findInLogs(logs.lines, [...typed, ...planted, ...secrets])).toEqual([]);
  });
});
