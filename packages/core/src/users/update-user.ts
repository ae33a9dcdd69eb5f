import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { User } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { forbidden, invalid, notFound } from '../support/errors.ts';
import type { UserChanges } from './user-input.ts';

/**
 * An administrator changes another user. Nobody changes their own roles, organisation or
 * status: an administrator who could would be one compromised account away from anything.
 */
export async function updateUser(ctx: Ctx, id: string, input: UserChanges): Promise<User> {
  return ctx.store.transaction(async (tx) => {
    const current = await tx.users.get(id);
    if (!current) throw notFound('The user');
    authorize(ctx.actor, 'user', 'update', { organisationId: current.organisationId, userId: current.id });
    const self = id === ctx.actor.userId;
    if (
      self &&
      (input.roles !== undefined || input.organisationId !== undefined || input.active !== undefined)
    ) {
      throw forbidden('You cannot change your own roles, organisation or status. Ask another administrator.');
    }
    if (input.roles !== undefined && input.roles.length === 0) {
      throw invalid('Give the user at least one role.', { fields: { roles: 'empty' } });
    }
    if (input.organisationId !== undefined) {
      const organisation = await tx.organisations.get(input.organisationId);
      if (!organisation?.active) {
        throw invalid('The organisation does not exist or is inactive.', {
          fields: { organisationId: 'unknown' },
        });
      }
    }
    const changes: Partial<User> = { ...input, updatedAt: ctx.clock.now() };
    if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
    if (input.roles) changes.roles = [...new Set(input.roles)].sort();
    await tx.users.update(id, changes);
    // Moving or disabling someone must take effect now, not when their session expires.
    const endsSessions =
      input.active === false || input.organisationId !== undefined || input.roles !== undefined;
    if (endsSessions) await tx.sessions.deleteForUser(id);
    if (input.active === false || input.organisationId !== undefined)
      await tx.apiTokens.revokeForUser(id, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      details: {
        changes: input,
        before: pick(current, Object.keys(input) as (keyof User)[]),
        sessionsEnded: endsSessions,
      },
    });
    return { ...current, ...changes };
  });
}

function pick(user: User, keys: (keyof User)[]): Partial<User> {
  return Object.fromEntries(keys.map((k) => [k, user[k]]));
}
