import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOrganisationAddress } from '../policy/organisation-access-policy.ts';
import { notFound } from '../support/errors.ts';
import { organisationAddressAad } from './organisation-input.ts';

/**
 * Opens a sealed organisation address (a shelter's location) for the organisation's own staff
 * (policy/organisation-access-policy.ts says why nobody else). Every reveal is an audit event
 * written before the value is returned.
 */
export async function revealOrganisationAddress(ctx: Ctx, id: string): Promise<string | null> {
  const organisation = await ctx.store.organisations.get(id);
  if (!organisation) throw notFound('The organisation');
  authorizeOrganisationAddress(ctx.actor, id);
  if (!organisation.addressSealed) return null;
  const address = ctx.sealer.unseal(organisation.addressSealed, organisationAddressAad(id));
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'organisation.address_revealed',
    entityType: 'organisation',
    entityId: id,
  });
  return address;
}
