import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOnFacility } from '../policy/facility-access-policy.ts';
import { DomainError, notFound } from '../support/errors.ts';
import type { ShelterStay } from './protection.ts';
import { checkEndDay, checkEventDay } from './protection-dates.ts';
import type { DischargeReason } from './protection-vocabulary.ts';

/**
 * Ends a stay (the facility's own staff). Compare-and-set on the open stay: two discharges of
 * one stay give one outcome, the other a 409. Needs no access to the person's record: the
 * referral that brought them may have closed, and the shelter still has to say they left.
 */
export async function dischargeFromShelter(
  ctx: Ctx,
  stayId: string,
  input: { dischargedOn: string; reason: DischargeReason },
): Promise<ShelterStay> {
  return ctx.store.transaction(async (tx) => {
    const stay = await tx.shelters.getStay(stayId);
    const facility = stay && (await tx.shelters.getFacility(stay.facilityId));
    if (!stay || !facility) throw notFound('The stay');
    authorizeOnFacility(ctx.actor, 'discharge', facility);
    const on = checkEndDay(
      'dischargedOn',
      checkEventDay('dischargedOn', input.dischargedOn, ctx.clock.now()),
      stay.admittedOn,
    ) as string;
    if ((await tx.shelters.discharge(stayId, on, input.reason)) !== 1)
      throw new DomainError('invalid_transition', 'This stay has already ended.');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'shelter.discharged',
      entityType: 'person',
      entityId: stay.personId,
      details: { stayId, facilityId: facility.id, reason: input.reason },
    });
    return { ...stay, dischargedOn: on, dischargeReason: input.reason };
  });
}
