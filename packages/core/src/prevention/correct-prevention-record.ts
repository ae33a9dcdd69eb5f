import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize, can } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';
import type { AwarenessActivity, HotlineContact } from './prevention.ts';
import { type AwarenessInput, awarenessFrom } from './record-awareness-activity.ts';
import { contactFrom, type HotlineContactInput } from './record-hotline-contact.ts';

/** The fields a correction changed, by name: the trail says what was corrected, never the values. */
function changedFields<T extends object>(before: T, after: T): string[] {
  return Object.keys(after).filter(
    (k) => JSON.stringify(before[k as keyof T]) !== JSON.stringify(after[k as keyof T]),
  );
}

/**
 * Corrects a mistaken awareness activity (a wrong day or place counts in the wrong year or
 * place). Only its own body corrects it; a body that may not read it learns nothing of it.
 */
export async function correctAwarenessActivity(
  ctx: Ctx,
  id: string,
  input: AwarenessInput,
): Promise<AwarenessActivity> {
  const before = await ctx.store.prevention.getAwareness(id);
  if (!before || !can(ctx.actor, 'prevention_activity', 'read', { organisationId: before.organisationId }))
    throw notFound('The awareness activity');
  authorize(ctx.actor, 'prevention_activity', 'update', { organisationId: before.organisationId });
  const after = await awarenessFrom(ctx, input, before);
  const fields = changedFields(before, after);
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.replaceAwareness(after);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'prevention.awareness_corrected',
      entityType: 'awareness_activity',
      entityId: id,
      details: { fields },
    });
  });
  return after;
}

/**
 * Corrects a hotline contact's choices and links (a wrong outcome, the alert raised after the
 * call). The caller's identity and the notes stay sealed as they were: a correction never opens
 * them. Only the hotline that took the contact corrects it; to anyone else it does not exist.
 */
export async function correctHotlineContact(
  ctx: Ctx,
  id: string,
  input: Omit<HotlineContactInput, 'callerIdentity' | 'notes'>,
): Promise<HotlineContact> {
  const before = await ctx.store.prevention.getHotlineContact(id);
  if (!before || !can(ctx.actor, 'hotline_contact', 'update', { organisationId: before.organisationId }))
    throw notFound('The hotline contact');
  const after = await contactFrom(
    ctx,
    { ...input, contactedAt: input.contactedAt ?? before.contactedAt.toISOString() },
    before,
  );
  const fields = changedFields(before, after);
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.replaceHotlineContact(after);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'hotline.contact_corrected',
      entityType: 'hotline_contact',
      entityId: id,
      details: { fields, outcome: after.outcome, alertId: after.alertId },
    });
  });
  return after;
}
