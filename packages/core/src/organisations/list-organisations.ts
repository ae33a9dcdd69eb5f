import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import { authorize, can } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';

/**
 * The directory of participating bodies, readable by every signed-in user (they need it to
 * refer). Inactive organisations are listed only for those who administer them.
 */
export async function listOrganisations(ctx: Ctx): Promise<Organisation[]> {
  authorize(ctx.actor, 'organisation', 'read');
  const includeInactive = can(ctx.actor, 'organisation', 'update');
  const list = await ctx.store.organisations.list({ includeInactive });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getOrganisation(ctx: Ctx, id: string): Promise<Organisation> {
  authorize(ctx.actor, 'organisation', 'read');
  const organisation = await ctx.store.organisations.get(id);
  if (!organisation || (!organisation.active && !can(ctx.actor, 'organisation', 'update'))) {
    throw notFound('The organisation');
  }
  return organisation;
}
