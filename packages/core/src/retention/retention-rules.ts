import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Store } from '../ports.ts';
import { invalid } from '../support/errors.ts';
import { type RetentionRecordType, retentionRecordTypes } from './retention-vocabulary.ts';

export interface RetentionRule {
  /** Whole years after the record type's clock. */
  years: number;
  /** The law the country cites for the period (shown to the administrator and in the dry run). */
  legalBasis: string;
}

export type RetentionRules = Record<RetentionRecordType, RetentionRule>;

export const retentionSettingsKey = 'retention';

/** Shipped defaults: a country replaces the years and the basis with its own law's. */
export const defaultRetentionRules: RetentionRules = {
  person: {
    years: 10,
    legalBasis:
      'Personal data of victims kept 10 years after the last assistance, decision or proceeding, then only in statistics (GDPR art. 5(1)(e), art. 89; Council of Europe Convention 108+ art. 5).',
  },
  hotline_contact: {
    years: 5,
    legalBasis: 'Callers’ identities kept 5 years after the contact (storage limitation, GDPR art. 5(1)(e)).',
  },
  criminal_case: {
    years: 10,
    legalBasis:
      'Defendants’ names kept 10 years after the final judgment (Directive (EU) 2016/680 art. 5: periodic review of the need for storage).',
  },
  notification: {
    years: 1,
    legalBasis: 'Work notifications serve the day’s work: deleted after one year.',
  },
};

/**
 * The rules and whether the run applies them: off until an administrator confirms the country's
 * periods (a fresh installation, or the demo, never destroys anything on its first night).
 */
export interface RetentionSettings {
  enabled: boolean;
  rules: RetentionRules;
}

export async function readRetentionSettings(store: Store): Promise<RetentionSettings> {
  const stored = (await store.configuration.get(retentionSettingsKey)) as
    | Partial<RetentionSettings>
    | undefined;
  return { enabled: stored?.enabled ?? false, rules: { ...defaultRetentionRules, ...(stored?.rules ?? {}) } };
}

export async function getRetentionSettings(ctx: Ctx): Promise<RetentionSettings> {
  authorize(ctx.actor, 'retention', 'read');
  return readRetentionSettings(ctx.store);
}

/** Replaces the rules of the types given and turns the run on or off; audited with the years. */
export async function updateRetentionSettings(
  ctx: Ctx,
  input: { enabled?: boolean | undefined; rules?: Partial<RetentionRules> | undefined },
): Promise<RetentionSettings> {
  authorize(ctx.actor, 'retention', 'update');
  for (const [type, rule] of Object.entries(input.rules ?? {})) {
    if (!rule) continue;
    if (!Number.isInteger(rule.years) || rule.years < 1 || rule.years > 100)
      throw invalid('A period is 1 to 100 whole years.', { fields: { [`${type}.years`]: 'invalid' } });
    if (rule.legalBasis.trim().length === 0)
      throw invalid('Name the legal basis of the period.', {
        fields: { [`${type}.legalBasis`]: 'required' },
      });
  }
  return ctx.store.transaction(async (tx) => {
    const current = await readRetentionSettings(tx);
    const next: RetentionSettings = {
      enabled: input.enabled ?? current.enabled,
      rules: { ...current.rules, ...input.rules },
    };
    await tx.configuration.set(retentionSettingsKey, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: retentionSettingsKey,
      details: {
        enabled: next.enabled,
        ...Object.fromEntries(retentionRecordTypes.map((t) => [t, next.rules[t].years])),
      },
    });
    return next;
  });
}

/** The first day still kept: records whose clock is before it have run out ('YYYY-MM-DD'). */
export function cutoffDay(now: Date, years: number): string {
  const day = new Date(now);
  day.setUTCFullYear(day.getUTCFullYear() - years);
  return day.toISOString().slice(0, 10);
}
