import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { User } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { insertUser } from './insert-user.ts';
import type { NewUserInput } from './user-input.ts';

export async function createUser(ctx: Ctx, input: NewUserInput): Promise<User> {
  authorize(ctx.actor, 'user', 'create', { organisationId: input.organisationId });
  return ctx.store.transaction(async (tx) => {
    const user = await insertUser(ctx, tx, input);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, organisationId: user.organisationId, roles: user.roles },
    });
    return user;
  });
}
