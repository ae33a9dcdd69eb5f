import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOnFacility } from '../policy/facility-access-policy.ts';
import { notFound } from '../support/errors.ts';
import { facilityAddressAad } from './protection.ts';

/**
 * Where a facility is, which is where victims are: its operator's own staff and the
 * administrator who registers facilities only; every reveal is audited before it is returned.
 */
export async function revealFacilityAddress(ctx: Ctx, id: string): Promise<string | null> {
  const facility = await ctx.store.shelters.getFacility(id);
  if (!facility) throw notFound('The facility');
  authorizeOnFacility(ctx.actor, 'reveal_address', facility);
  if (!facility.addressSealed) return null;
  const address = ctx.sealer.unseal(facility.addressSealed, facilityAddressAad(id));
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'shelter.address_revealed',
    entityType: 'shelter_facility',
    entityId: id,
  });
  return address;
}
