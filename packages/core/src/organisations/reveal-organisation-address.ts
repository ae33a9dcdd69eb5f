import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { forbidden, notFound } from '../support/errors.ts';
import { organisationAddressAad } from './organisation-input.ts';

/**
 * Opens a sealed organisation address (a shelter's location). Only members of the organisation
 * itself may: the system administrator registers and replaces the address but never reads it back,
 * because an administrator sees no victim data and a shelter's address says where victims are
 * (a hostile insider with the administrator's account must not learn it). Every reveal is an
 * audit event written before the value is returned.
 */
export async function revealOrganisationAddress(ctx: Ctx, id: string): Promise<string | null> {
  const organisation = await ctx.store.organisations.get(id);
  if (!organisation) throw notFound('The organisation');
  authorize(ctx.actor, 'organisation', 'read');
  if (ctx.actor.organisationId !== id) {
    throw forbidden("Only the organisation's own staff may see its address.");
  }
  if (!organisation.addressSealed) return null;
  const address = ctx.sealer.unseal(organisation.addressSealed, organisationAddressAad(id));
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'organisation.address_revealed',
    entityType: 'organisation',
    entityId: id,
  });
  return address;
}
