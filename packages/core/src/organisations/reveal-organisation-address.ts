import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';
import { organisationAddressAad } from './organisation-input.ts';

/**
 * Opens a sealed organisation address (a shelter's location). Administrators and members of the
 * organisation itself may; every reveal is an audit event written before the value is returned.
 */
export async function revealOrganisationAddress(ctx: Ctx, id: string): Promise<string | null> {
  const organisation = await ctx.store.organisations.get(id);
  if (!organisation) throw notFound('The organisation');
  authorize(ctx.actor, 'organisation', 'read');
  if (ctx.actor.organisationId !== id) authorize(ctx.actor, 'organisation', 'update');
  if (!organisation.addressSealed) return null;
  const address = ctx.sealer.unseal(organisation.addressSealed, organisationAddressAad(id));
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'organisation.address_revealed',
    entityType: 'organisation',
    entityId: id,
  });
  return address;
}
