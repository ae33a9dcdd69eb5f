import { randomUUID } from 'node:crypto';
import type { ApiToken, AuditEventInput, Organisation, Session, User } from '@opennrm/core';

/** Whole records with distinct values, for store tests; override what a test cares about. */
export const t0 = new Date('2025-01-15T08:30:00.250Z');

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: randomUUID(),
    name: `Organisation ${randomUUID().slice(0, 8)}`,
    type: 'ngo',
    region: 'Baku',
    parentId: null,
    active: true,
    addressSealed: null,
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

export function aUser(organisationId: string, overrides: Partial<User> = {}): User {
  const id = randomUUID();
  return {
    id,
    organisationId,
    email: `user-${id.slice(0, 8)}@example.org`,
    displayName: `User ${id.slice(0, 8)}`,
    locale: 'en',
    roles: ['case_worker'],
    active: true,
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$fake',
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

export function aSession(userId: string, overrides: Partial<Session> = {}): Session {
  return {
    id: randomUUID(),
    userId,
    tokenHash: randomUUID(),
    csrfToken: randomUUID(),
    clientIp: '192.0.2.7',
    userAgent: 'test',
    createdAt: t0,
    lastSeenAt: t0,
    expiresAt: new Date(t0.getTime() + 3600_000),
    // A password sign-in; the store reads the column back as null.
    signedInWith: null,
    ...overrides,
  };
}

export function anApiToken(userId: string, overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: randomUUID(),
    userId,
    name: 'script',
    prefix: 'nrm_ab12',
    tokenHash: randomUUID(),
    scopes: ['person:read', 'statistics:read'],
    createdAt: t0,
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function anAuditEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    at: t0,
    actorUserId: randomUUID(),
    actorOrganisationId: randomUUID(),
    actorRoles: ['case_worker'],
    action: 'person.create',
    entityType: 'person',
    entityId: randomUUID(),
    clientIp: '198.51.100.1',
    requestId: randomUUID(),
    details: { code: 'NRM-2025-000001' },
    ...overrides,
  };
}
