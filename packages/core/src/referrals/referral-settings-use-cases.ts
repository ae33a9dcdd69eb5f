import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { organisationTypes } from '../organisations/organisation-types.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import { type ReferralSettings, readReferralSettings, referralSettingsKey } from './referral-settings.ts';

export async function getReferralSettings(ctx: Ctx): Promise<ReferralSettings> {
  authorize(ctx.actor, 'configuration', 'read');
  return readReferralSettings(ctx.store);
}

/** The administrator sets the country's routing rules, response deadlines and backdating limit. */
export async function updateReferralSettings(
  ctx: Ctx,
  input: Partial<ReferralSettings>,
): Promise<ReferralSettings> {
  authorize(ctx.actor, 'configuration', 'update');
  return ctx.store.transaction(async (tx) => {
    const next = { ...(await readReferralSettings(tx)), ...input };
    const { normal, urgent } = next.responseWorkingDays;
    if (!(urgent >= 1 && normal >= urgent && normal <= 60)) {
      throw invalid('Deadlines: 1 to 60 working days, urgent no longer than normal.', {
        fields: { responseWorkingDays: 'invalid' },
      });
    }
    if (
      !(
        Number.isInteger(next.backdateLimitDays) &&
        next.backdateLimitDays >= 0 &&
        next.backdateLimitDays <= 36_600
      )
    ) {
      throw invalid('How far back a referral may be dated: 0 to 36600 days.', {
        fields: { backdateLimitDays: 'invalid' },
      });
    }
    const ids = new Set<string>();
    for (const rule of next.routingRules) {
      if (ids.has(rule.id))
        throw invalid(`Two routing rules are named ${rule.id}.`, { fields: { routingRules: 'duplicate' } });
      ids.add(rule.id);
      if (!organisationTypes.includes(rule.toType))
        throw invalid(`Unknown organisation type ${rule.toType}.`, { fields: { routingRules: 'type' } });
    }
    await tx.configuration.set(referralSettingsKey, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: referralSettingsKey,
      details: {
        rules: next.routingRules.map((r) => r.id),
        responseWorkingDays: next.responseWorkingDays,
        backdateLimitDays: next.backdateLimitDays,
      },
    });
    return next;
  });
}
