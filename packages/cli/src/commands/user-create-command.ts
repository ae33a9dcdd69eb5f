import { isRole, provisionUser, type Role } from '@opennrm/core';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

export interface UserCreateOptions {
  email: string;
  name: string;
  organisation: string;
  role: string[];
  password?: string;
}

/** `opennrm user create`: an operator adds a user (for example a second administrator). */
export async function userCreateCommand(options: UserCreateOptions): Promise<void> {
  const unknown = options.role.filter((r) => !isRole(r));
  if (unknown.length > 0) throw new UsageError(`Unknown role: ${unknown.join(', ')}.`);
  const password = options.password ?? process.env.OPENNRM_NEW_USER_PASSWORD;
  if (!password) {
    throw new UsageError(
      'Give the password with --password or OPENNRM_NEW_USER_PASSWORD (kept out of shell history).',
    );
  }
  await withRuntime(async ({ deps }) => {
    const org =
      (await deps.store.organisations.get(options.organisation).catch(() => undefined)) ??
      (await deps.store.organisations.findByName(options.organisation));
    if (!org) throw new UsageError(`No organisation with the id or name "${options.organisation}".`);
    const user = await provisionUser(
      deps,
      {
        email: options.email,
        displayName: options.name,
        organisationId: org.id,
        roles: options.role as Role[],
        password,
      },
      'cli',
    );
    console.log(`Created ${user.email} (${user.roles.join(', ')}) in ${org.name}. Id: ${user.id}`);
  });
}
