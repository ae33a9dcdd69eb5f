import { assertAcceptablePassword } from '../auth/password-rules.ts';
import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import type { Store } from '../ports.ts';
import { conflict, invalid } from '../support/errors.ts';
import type { NewUserInput } from './user-input.ts';

/**
 * Validates and inserts a user inside the caller's transaction. Shared by the administrator's
 * use case and by operator provisioning (CLI, first start), which differ only in who acts.
 */
export async function insertUser(deps: Deps, tx: Store, input: NewUserInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (input.roles.length === 0)
    throw invalid('Give the user at least one role.', { fields: { roles: 'empty' } });
  assertAcceptablePassword(input.password, { email, displayName: input.displayName }, deps.security);
  const organisation = await tx.organisations.get(input.organisationId);
  if (!organisation?.active) {
    throw invalid('The organisation does not exist or is inactive.', {
      fields: { organisationId: 'unknown' },
    });
  }
  if (await tx.users.findByEmail(email)) {
    throw conflict(`A user with the email ${email} already exists.`, { fields: { email: 'taken' } });
  }
  const now = deps.clock.now();
  const user: User = {
    id: deps.newId(),
    organisationId: organisation.id,
    email,
    displayName: input.displayName.trim(),
    locale: input.locale ?? 'en',
    roles: [...new Set(input.roles)].sort(),
    active: true,
    passwordHash: await deps.passwords.hash(input.password),
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await tx.users.create(user);
  return user;
}
