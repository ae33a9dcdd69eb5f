import type { Role } from '../auth/roles.ts';
import type { Deps } from '../context.ts';
import type { Organisation, User } from '../model.ts';

/** The password of every user `addUser` makes, unless a test gives its own. */
export const testPassword = 'correct horse battery staple';

export interface TestUserOptions {
  displayName?: string;
  password?: string;
  locale?: User['locale'];
}

/**
 * THE way tests, benches and the test app make a user: written straight to the store (no use
 * case, no audit event; the user is where the test starts, not what it tests), the password
 * hashed with the deps' hasher so that signing in works against it.
 */
export async function addUser(
  deps: Pick<Deps, 'store' | 'clock' | 'passwords' | 'newId'>,
  organisation: Pick<Organisation, 'id'>,
  roles: Role[],
  email: string,
  options: TestUserOptions = {},
): Promise<User> {
  const now = deps.clock.now();
  const user: User = {
    id: deps.newId(),
    organisationId: organisation.id,
    email,
    displayName: options.displayName ?? email,
    locale: options.locale ?? 'en',
    roles,
    active: true,
    passwordHash: await deps.passwords.hash(options.password ?? testPassword),
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.users.create(user);
  return user;
}
