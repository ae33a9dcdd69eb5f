import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { conflict, invalid, notFound } from '../support/errors.ts';
import type { CompensationPaymentRecord, Defendant } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import { checkEventDay } from './prosecution-dates.ts';

export interface PaymentInput {
  /** The defendant's version: a payment changes the sentence's total paid (compare-and-set). */
  version: number;
  amount: number;
  paidOn: string;
}

/**
 * Records compensation paid to the victims under a defendant's sentence, on the day it was paid
 * (never before the sentence). The payment is kept on its own, so the figures count money paid
 * in a period by its day; the sentence's `compensationPaid` becomes the running total, which the
 * case page shows beside the amount ordered.
 */
export async function recordCompensationPayment(
  ctx: Ctx,
  caseId: string,
  defendantId: string,
  input: PaymentInput,
): Promise<{ defendant: Defendant; payment: CompensationPaymentRecord }> {
  await loadCaseFor(ctx, caseId, 'record_stage');
  const d = await ctx.store.prosecution.getDefendant(defendantId);
  if (!d || d.caseId !== caseId) throw notFound('The defendant');
  if (d.verdict !== 'convicted' || !d.sentence)
    throw invalid('Compensation is paid under a sentence: record the sentence first.', {
      fields: { amount: 'no_sentence' },
    });
  if (!Number.isFinite(input.amount) || input.amount <= 0 || input.amount > 1e12)
    throw invalid('Give the amount paid.', { fields: { amount: 'invalid' } });
  const now = ctx.clock.now();
  checkEventDay(input.paidOn, 'paidOn', now, d.sentencedOn);
  const amount = Math.round(input.amount * 100) / 100;
  const sentence = { ...d.sentence, compensationPaid: d.sentence.compensationPaid + amount };
  const payment: CompensationPaymentRecord = {
    id: ctx.newId(),
    defendantId,
    amount,
    paidOn: input.paidOn,
    recordedBy: ctx.actor.userId,
    recordedAt: now,
  };
  return ctx.store.transaction(async (tx) => {
    const changed = await tx.prosecution.updateDefendant(defendantId, input.version, {
      sentence,
      version: input.version + 1,
      updatedAt: now,
    });
    if (changed === 0) throw conflict('The defendant was changed meanwhile. Reload the case and try again.');
    await tx.prosecution.addPayment(payment);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.compensation_paid',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { defendantId, amount, paidOn: input.paidOn },
    });
    return { defendant: { ...d, sentence, version: input.version + 1, updatedAt: now }, payment };
  });
}
