import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Store } from '../ports.ts';
import { invalid } from '../support/errors.ts';
import { type ServiceType, serviceTypes } from './protection-vocabulary.ts';

/**
 * The country's catalogue of services: which of the shipped service types its providers record.
 * Keys are fixed (past records and the report keep their meaning); a country switches off what
 * it does not offer, and records keep the type they were made with.
 */
export interface ProtectionSettings {
  serviceTypes: ServiceType[];
  /** The currency amounts are recorded in unless a delivery names another (ISO 4217). */
  defaultCurrency: string;
}

export const protectionSettingsKey = 'protection';

export const defaultProtectionSettings: ProtectionSettings = {
  serviceTypes: [...serviceTypes],
  defaultCurrency: 'AZN',
};

export async function readProtectionSettings(store: Store): Promise<ProtectionSettings> {
  const stored = (await store.configuration.get(protectionSettingsKey)) as
    | Partial<ProtectionSettings>
    | undefined;
  return { ...defaultProtectionSettings, ...(stored ?? {}) };
}

/** Anyone who records or reads support needs the catalogue; it holds no personal data. */
export async function getProtectionSettings(ctx: Ctx): Promise<ProtectionSettings> {
  return readProtectionSettings(ctx.store);
}

export async function updateProtectionSettings(
  ctx: Ctx,
  input: Partial<ProtectionSettings>,
): Promise<ProtectionSettings> {
  authorize(ctx.actor, 'configuration', 'update');
  return ctx.store.transaction(async (tx) => {
    const next = { ...(await readProtectionSettings(tx)), ...input };
    if (next.serviceTypes.length === 0 || next.serviceTypes.some((s) => !serviceTypes.includes(s)))
      throw invalid('Keep at least one service type of the catalogue.', {
        fields: { serviceTypes: 'invalid' },
      });
    if (!/^[A-Z]{3}$/.test(next.defaultCurrency))
      throw invalid('The currency is a three-letter ISO 4217 code.', {
        fields: { defaultCurrency: 'invalid' },
      });
    next.serviceTypes = serviceTypes.filter((s) => next.serviceTypes.includes(s));
    await tx.configuration.set(protectionSettingsKey, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: protectionSettingsKey,
      details: { serviceTypes: next.serviceTypes, defaultCurrency: next.defaultCurrency },
    });
    return next;
  });
}
