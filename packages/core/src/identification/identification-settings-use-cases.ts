import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import {
  checkIdentificationSettings,
  type IdentificationSettings,
  identificationSettingsKey,
  readIdentificationSettings,
} from './identification-settings.ts';

export async function getIdentificationSettings(ctx: Ctx): Promise<IdentificationSettings> {
  authorize(ctx.actor, 'configuration', 'read');
  return readIdentificationSettings(ctx.store);
}

/** Changes apply to screenings recorded from now on; deadlines already set are kept. */
export async function updateIdentificationSettings(
  ctx: Ctx,
  input: Partial<IdentificationSettings>,
): Promise<IdentificationSettings> {
  authorize(ctx.actor, 'configuration', 'update');
  return ctx.store.transaction(async (tx) => {
    const next = checkIdentificationSettings({ ...(await readIdentificationSettings(tx)), ...input });
    await tx.configuration.set(identificationSettingsKey, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: identificationSettingsKey,
      details: { ...next },
    });
    return next;
  });
}
