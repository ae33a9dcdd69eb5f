import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { prosecutionSettingsKey, readProsecutionSettings } from './prosecution-settings.ts';
import { type SentenceBand, validateSentenceBands } from './sentence-bands.ts';

/**
 * The configuration holder sets the bands the report counts prison terms in, beside the
 * criminal-code articles. Figures already published keep the bands they were drawn in: the
 * report is recomputed from the records, so a new band set applies to every period shown.
 */
export async function updateSentenceBands(
  ctx: Ctx,
  bands: readonly SentenceBand[],
): Promise<readonly SentenceBand[]> {
  authorize(ctx.actor, 'configuration', 'update');
  const sentenceBands = validateSentenceBands(bands);
  return ctx.store.transaction(async (tx) => {
    const next = { ...(await readProsecutionSettings(tx)), sentenceBands };
    await tx.configuration.set(prosecutionSettingsKey, next, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'configuration.updated',
      entityType: 'configuration',
      entityId: prosecutionSettingsKey,
      details: { sentenceBands },
    });
    return sentenceBands;
  });
}
