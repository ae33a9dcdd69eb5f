import type { ApiToken, Organisation, User } from '@opennrm/core';

/**
 * Records as the API shows them. Every field is listed on purpose: a new column in core never
 * leaks to the API by default (the password hash, the sealed address).
 */
export function presentOrganisation(o: Organisation) {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    region: o.region,
    parentId: o.parentId,
    active: o.active,
    hasAddress: o.addressSealed !== null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function presentUser(u: User) {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    organisationId: u.organisationId,
    roles: u.roles,
    locale: u.locale,
    active: u.active,
    lockedUntil: iso(u.lockedUntil),
    lastLoginAt: iso(u.lastLoginAt),
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentApiToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: iso(t.lastUsedAt),
    expiresAt: iso(t.expiresAt),
    revokedAt: iso(t.revokedAt),
  };
}

function iso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}
