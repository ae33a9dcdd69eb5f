import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { invalid } from '../support/errors.ts';
import type { ResidencePermit } from './protection.ts';
import { checkEndDay, checkEventDay } from './protection-dates.ts';
import type { ResidencePermitStatus, ResidencePermitType } from './protection-vocabulary.ts';

export interface ResidencePermitInput {
  permitType: ResidencePermitType;
  status: ResidencePermitStatus;
  appliedOn: string;
  decidedOn?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

/** A foreign victim's residence permit: applied for, then granted (with validity) or refused. */
export async function recordResidencePermit(
  ctx: Ctx,
  personId: string,
  input: ResidencePermitInput,
): Promise<ResidencePermit> {
  return ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'record_support', tx);
    const now = ctx.clock.now();
    const appliedOn = checkEventDay('appliedOn', input.appliedOn, now);
    const decidedOn = input.decidedOn ? checkEndDay('decidedOn', input.decidedOn, appliedOn) : null;
    if (input.status !== 'applied' && !decidedOn)
      throw invalid('A granted or refused permit has the day it was decided.', {
        fields: { decidedOn: 'required' },
      });
    if (input.status === 'applied' && decidedOn)
      throw invalid('A permit still applied for has no decision day.', { fields: { decidedOn: 'invalid' } });
    const granted = input.status === 'granted';
    if (granted && (!input.validFrom || !input.validUntil))
      throw invalid('A granted permit says from when and until when it is valid.', {
        fields: { validUntil: 'required' },
      });
    const validFrom = granted ? checkEndDay('validFrom', input.validFrom, '1990-01-01') : null;
    const permit: ResidencePermit = {
      id: ctx.newId(),
      personId,
      permitType: input.permitType,
      status: input.status,
      appliedOn,
      decidedOn: decidedOn && checkEventDay('decidedOn', decidedOn, now),
      validFrom,
      validUntil: granted ? checkEndDay('validUntil', input.validUntil, validFrom as string) : null,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: now,
    };
    await tx.protection.addResidencePermit(permit);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'protection.residence_permit_recorded',
      entityType: 'person',
      entityId: personId,
      details: { recordId: permit.id, status: permit.status, permitType: permit.permitType },
    });
    return permit;
  });
}
