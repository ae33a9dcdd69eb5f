import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';
import type { LegalHold } from './retention-ports.ts';

/** The holds an administrator set, with the person's code (never a name). */
export async function listLegalHolds(ctx: Ctx): Promise<LegalHold[]> {
  authorize(ctx.actor, 'retention', 'read');
  return ctx.store.retention.listHolds();
}

/**
 * Keeps a person out of retention and erasure (a litigation, an inquiry) until released. The
 * reason stays on the hold; the audit names the person's id only (the reason is free text).
 */
export async function setLegalHold(ctx: Ctx, code: string, reason: string): Promise<void> {
  authorize(ctx.actor, 'retention', 'create');
  await ctx.store.transaction(async (tx) => {
    const personId = await tx.retention.personIdByCode(code);
    if (!personId) throw notFound('person');
    await tx.retention.setHold({ personId, reason, setBy: ctx.actor.userId, setAt: ctx.clock.now() });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'retention.hold_set',
      entityType: 'person',
      entityId: personId,
    });
  });
}

export async function releaseLegalHold(ctx: Ctx, code: string): Promise<void> {
  authorize(ctx.actor, 'retention', 'update');
  await ctx.store.transaction(async (tx) => {
    const personId = await tx.retention.personIdByCode(code);
    if (!personId || (await tx.retention.releaseHold(personId)) === 0) throw notFound('legal hold');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'retention.hold_released',
      entityType: 'person',
      entityId: personId,
    });
  });
}
