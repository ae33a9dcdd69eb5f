import { recordAudit } from '../audit/record-audit.ts';
import { operatorActor } from '../auth/operator-actor.ts';
import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import { insertUser } from './insert-user.ts';
import type { NewUserInput } from './user-input.ts';

/**
 * Creates a user on the operator's authority (shell access to the server: `opennrm user
 * create`, first start, demo). Audited as the command line's operator, naming the channel.
 */
export async function provisionUser(
  deps: Deps,
  input: NewUserInput,
  via: 'cli' | 'first_start' | 'demo',
): Promise<User> {
  return deps.store.transaction(async (tx) => {
    const user = await insertUser(deps, tx, input);
    await recordAudit({ store: tx, clock: deps.clock }, operatorActor(), null, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, organisationId: user.organisationId, roles: user.roles, via },
    });
    return user;
  });
}
