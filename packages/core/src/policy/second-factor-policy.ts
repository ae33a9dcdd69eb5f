import { type Role, roles } from '../auth/roles.ts';
import type { SecuritySettings } from '../context.ts';
import { grants } from './grants.ts';
import type { Grant } from './permissions.ts';

/**
 * What a user holds while a second factor their roles require is not enrolled: their own account
 * (to enrol, change the password, sign out) and their own profile. Nothing else, so a password
 * alone never opens a person's record for a role that may reveal identities.
 */
export const enrolmentGrants: readonly Grant[] = [
  { resource: 'account', action: 'update', scope: 'self' },
  { resource: 'user', action: 'read', scope: 'self' },
];

/** The roles that may reveal something sealed (identities, sensitive data, callers, cases). */
export function rolesThatReveal(): Role[] {
  return roles.filter((role) => grants[role].some((grant) => grant.action === 'reveal'));
}

/** Whether a user holding `userRoles` must sign in with a second factor. */
export function secondFactorRequired(
  userRoles: readonly Role[],
  security: Pick<SecuritySettings, 'secondFactorRoles'>,
): boolean {
  return userRoles.some((role) => security.secondFactorRoles.includes(role));
}

/**
 * Reads OPENNRM_SECOND_FACTOR: `none` (the default), `reveal` (every role that may reveal
 * identities), `all`, or role names; several separated by commas (`reveal,system_administrator`).
 * An unknown word comes back as `{ unknown }`, so the configuration can refuse it by name.
 */
export function parseSecondFactorRoles(raw: string | undefined): Role[] | { unknown: string } {
  const chosen = new Set<Role>();
  for (const word of (raw ?? '').split(',').map((w) => w.trim())) {
    if (word === '' || word === 'none') continue;
    if (word === 'all') for (const role of roles) chosen.add(role);
    else if (word === 'reveal') for (const role of rolesThatReveal()) chosen.add(role);
    else if ((roles as readonly string[]).includes(word)) chosen.add(word as Role);
    else return { unknown: word };
  }
  return roles.filter((role) => chosen.has(role));
}
