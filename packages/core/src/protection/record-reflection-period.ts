import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { invalid } from '../support/errors.ts';
import type { ReflectionPeriod } from './protection.ts';
import { checkEndDay, checkEventDay, daysBetween } from './protection-dates.ts';
import { minimumReflectionDays } from './protection-vocabulary.ts';

/**
 * A recovery and reflection period granted to the person: at least 30 days (Council of Europe
 * Convention art. 13), during which no expulsion order is enforced. Not conditional on anything.
 */
export async function recordReflectionPeriod(
  ctx: Ctx,
  personId: string,
  input: { startedOn: string; endsOn: string; grantedByOrganisationId?: string },
): Promise<ReflectionPeriod> {
  return ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'record_support', tx);
    const startedOn = checkEventDay('startedOn', input.startedOn, ctx.clock.now());
    const endsOn = checkEndDay('endsOn', input.endsOn, startedOn) as string;
    if (daysBetween(startedOn, endsOn) + 1 < minimumReflectionDays)
      throw invalid(`A reflection period lasts at least ${minimumReflectionDays} days.`, {
        fields: { endsOn: 'too_short' },
      });
    const grantedBy = input.grantedByOrganisationId ?? ctx.actor.organisationId;
    if (!(await tx.organisations.get(grantedBy)))
      throw invalid('Unknown organisation.', { fields: { grantedByOrganisationId: 'invalid' } });
    const period: ReflectionPeriod = {
      id: ctx.newId(),
      personId,
      startedOn,
      endsOn,
      grantedByOrganisationId: grantedBy,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: ctx.clock.now(),
    };
    await tx.protection.addReflectionPeriod(period);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'protection.reflection_period_recorded',
      entityType: 'person',
      entityId: personId,
      details: { recordId: period.id, startedOn, endsOn },
    });
    return period;
  });
}
