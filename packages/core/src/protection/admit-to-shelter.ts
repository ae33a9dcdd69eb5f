import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { authorizeOnFacility } from '../policy/facility-access-policy.ts';
import { conflict, invalid, notFound } from '../support/errors.ts';
import { notifyCoordinators } from './notify-coordinators.ts';
import type { ShelterStay } from './protection.ts';
import { checkEventDay } from './protection-dates.ts';
import type { ResidentGroup } from './protection-vocabulary.ts';

/**
 * Admits a presumed or identified victim to a facility. The operator's own staff admit
 * (`shelter_residents:create` at their organisation) a person whose support they may record
 * (`record_support`: usually an accepted referral). The place is taken under a lock on the
 * facility's row (ShelterStore.admit), so concurrent admissions never exceed the group's
 * capacity. Taking the last place, or admitting to a facility residents may not leave, alerts
 * the national coordinator.
 */
export async function admitToShelter(
  ctx: Ctx,
  facilityId: string,
  input: { personId: string; residentGroup: ResidentGroup; admittedOn: string },
): Promise<ShelterStay> {
  const result = await ctx.store.transaction(async (tx): Promise<ShelterStay | 'full'> => {
    const facility = await tx.shelters.getFacility(facilityId);
    if (!facility) throw notFound('The facility');
    authorizeOnFacility(ctx.actor, 'admit', facility);
    if (!facility.active) throw invalid('The facility is closed.', { fields: { facilityId: 'inactive' } });
    await loadPersonFor(ctx, input.personId, 'record_support', tx);
    const now = ctx.clock.now();
    const stay: ShelterStay = {
      id: ctx.newId(),
      facilityId,
      personId: input.personId,
      residentGroup: input.residentGroup,
      admittedOn: checkEventDay('admittedOn', input.admittedOn, now),
      dischargedOn: null,
      dischargeReason: null,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: now,
    };
    const capacity = facility.capacity[input.residentGroup];
    const outcome = await tx.shelters.admit(stay, capacity);
    if (outcome === 'already_resident')
      throw conflict('The person already stays in a facility; discharge them there first.');
    if (outcome === 'full') return 'full';
    if (facility.occupancy[input.residentGroup] + 1 >= capacity)
      await notifyCoordinators(tx, 'protection.shelter_full', now, ctx.newId);
    if (!facility.freeMovement)
      await notifyCoordinators(tx, 'protection.held_without_free_movement', now, ctx.newId);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'shelter.admitted',
      entityType: 'person',
      entityId: input.personId,
      details: { stayId: stay.id, facilityId, residentGroup: input.residentGroup },
    });
    return stay;
  });
  if (result !== 'full') return result;
  // A refusal for want of a place is news for the coordinator, kept although nothing was admitted.
  await notifyCoordinators(ctx.store, 'protection.shelter_full', ctx.clock.now(), ctx.newId);
  throw conflict(`No free place for ${input.residentGroup} in this facility.`, {
    fields: { residentGroup: 'full' },
  });
}
