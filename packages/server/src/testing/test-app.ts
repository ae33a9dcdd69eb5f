import { randomUUID } from 'node:crypto';
import {
  defaultSecurity,
  ensureShippedIndicatorLists,
  type Organisation,
  type OrganisationType,
  type Role,
  roles,
} from '@opennrm/core';
import { addUser, testPassword } from '@opennrm/core/testing';
import { missingMigrations } from '@opennrm/db';
import { createDatabaseTestDeps, type TestDatabase } from '@opennrm/db/testing';
import { createApp } from '../app/create-app.ts';
import type { ServerDeps } from '../app/server-env.ts';

/** Every test user's password (core's `addUser` default). */
export { testPassword };

/** Which organisation each role's test user belongs to. */
const homeOf: Record<Role, OrganisationType> = {
  system_administrator: 'system_operator',
  national_coordinator: 'coordinator',
  case_worker: 'ngo',
  investigator: 'police',
  prosecutor: 'prosecution',
  shelter_manager: 'shelter',
  hotline_operator: 'hotline',
  plan_owner: 'migration_service',
  auditor: 'system_operator',
  finance_officer: 'coordinator',
  // The integrity unit sits in the police, beside the investigators it must be kept apart from.
  integrity_officer: 'police',
};

export interface TestApp {
  deps: ServerDeps;
  app: ReturnType<typeof createApp>;
  organisations: Record<OrganisationType, Organisation>;
  users: Record<Role, { id: string; email: string }>;
  /** Signs in as the role's user and returns headers for cookie requests (with CSRF). */
  signInAs(role: Role): Promise<Record<string, string>>;
  request(
    method: string,
    path: string,
    init?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<Response>;
  /** Creates (once) and signs in a user with `role` in the test organisation of `type`. */
  userIn(type: OrganisationType, role: Role): Promise<Record<string, string>>;
}

/**
 * The real app on a real database (PGlite or PostgreSQL from the test harness) with one
 * organisation per type and one user per role. argon2id runs with a small cost to stay fast.
 */
export async function createTestApp(
  database: TestDatabase,
  overrides: Partial<ServerDeps> = {},
): Promise<TestApp> {
  const deps: ServerDeps = {
    // Throwaway sealing, lookup and audit keys; argon2id at a small cost; wall clock.
    ...createDatabaseTestDeps(database.db, {
      // Tests register many persons as one user; the duplicate-check limit has its own test.
      security: {
        ...defaultSecurity,
        duplicateChecksPerUserHour: 100_000,
        duplicateChecksPerOrganisationHour: 100_000,
      },
    }),
    databaseKind: database.kind,
    version: 'test',
    trustedProxies: [],
    secureCookies: false,
    webRoot: null,
    maxBodyBytes: 64 * 1024,
    missingMigrations: () => missingMigrations(database.db),
    ...overrides,
  };
  await ensureShippedIndicatorLists(deps);
  const organisations = {} as Record<OrganisationType, Organisation>;
  // Plus bodies no test user belongs to, for sharing and referral tests.
  const types: OrganisationType[] = [
    ...Object.values(homeOf),
    'victim_assistance_centre',
    'labour_inspectorate',
    'migration_service',
  ];
  for (const type of new Set(types)) {
    const now = new Date();
    const org: Organisation = {
      id: randomUUID(),
      name: `Test ${type}`,
      type,
      region: 'Baku',
      parentId: null,
      active: true,
      addressSealed: null,
      createdAt: now,
      updatedAt: now,
    };
    await deps.store.organisations.create(org);
    organisations[type] = org;
  }
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of roles) {
    const email = `${role.replaceAll('_', '-')}@test.opennrm.org`;
    const user = await addUser(deps, organisations[homeOf[role]], [role], email, { displayName: role });
    users[role] = { id: user.id, email };
  }
  const app = createApp(deps);
  const request: TestApp['request'] = (method, path, init = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        body:
          init.body === undefined
            ? undefined
            : typeof init.body === 'string'
              ? init.body
              : JSON.stringify(init.body),
      }),
    );
  return {
    deps,
    app,
    organisations,
    users,
    request,
    async userIn(type, role) {
      const email = `${role.replaceAll('_', '-')}@${type.replaceAll('_', '-')}.test.opennrm.org`;
      if (!(await deps.store.users.findByEmail(email))) {
        await addUser(deps, organisations[type], [role], email, { displayName: `${role} of ${type}` });
      }
      const res = await request('POST', '/api/auth/sign-in', { body: { email, password: testPassword } });
      const me = (await res.json()) as { csrfToken: string };
      return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '', 'x-csrf-token': me.csrfToken };
    },
    async signInAs(role) {
      const res = await request('POST', '/api/auth/sign-in', {
        body: { email: users[role].email, password: testPassword },
      });
      if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
      const me = (await res.json()) as { csrfToken: string };
      const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
      return { cookie, 'x-csrf-token': me.csrfToken };
    },
  };
}
