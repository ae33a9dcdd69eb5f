import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import { insertUser } from './insert-user.ts';
import type { NewUserInput } from './user-input.ts';

/**
 * Creates a user on the operator's authority (shell access to the server: `opennrm user
 * create`, first start). No actor to authorize; the audit event names the channel instead.
 */
export async function provisionUser(
  deps: Deps,
  input: NewUserInput,
  via: 'cli' | 'first_start' | 'demo',
): Promise<User> {
  return deps.store.transaction(async (tx) => {
    const user = await insertUser(deps, tx, input);
    await recordAudit({ store: tx, clock: deps.clock }, null, null, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, organisationId: user.organisationId, roles: user.roles, via },
    });
    return user;
  });
}
