import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { invalid } from '../support/errors.ts';
import { loadReferralFor } from './read-referrals.ts';
import type { ReferralMessage } from './referral.ts';

export interface PlainMessage {
  id: string;
  authorUserId: string;
  authorOrganisationId: string;
  body: string;
  createdAt: Date;
}

/** A message in the referral's thread, between sender and recipient; sealed at rest. */
export async function postReferralMessage(ctx: Ctx, referralId: string, body: string): Promise<PlainMessage> {
  const text = body.trim();
  if (!text) throw invalid('Write a message.', { fields: { body: 'required' } });
  const referral = await loadReferralFor(ctx, referralId);
  const id = ctx.newId();
  const message: ReferralMessage = {
    id,
    referralId: referral.id,
    authorUserId: ctx.actor.userId,
    authorOrganisationId: ctx.actor.organisationId,
    bodySealed: ctx.sealer.seal(text, `referral.message.${id}`),
    createdAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.referrals.addMessage(message);
    const other =
      ctx.actor.organisationId === referral.fromOrganisationId
        ? referral.toOrganisationId
        : referral.fromOrganisationId;
    await tx.notifications.create({
      id: ctx.newId(),
      organisationId: other,
      kind: 'referral.message',
      referralId: referral.id,
      personCode: null,
      createdAt: message.createdAt,
      readAt: null,
    });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'referral.message_posted',
      entityType: 'referral',
      entityId: referral.id,
      details: { messageId: id },
    });
  });
  return {
    id,
    authorUserId: message.authorUserId,
    authorOrganisationId: message.authorOrganisationId,
    body: text,
    createdAt: message.createdAt,
  };
}

export async function listReferralMessages(ctx: Ctx, referralId: string): Promise<PlainMessage[]> {
  const referral = await loadReferralFor(ctx, referralId);
  const messages = await ctx.store.referrals.listMessages(referral.id);
  return messages.map((m) => ({
    id: m.id,
    authorUserId: m.authorUserId,
    authorOrganisationId: m.authorOrganisationId,
    body: ctx.sealer.unseal(m.bodySealed, `referral.message.${m.id}`),
    createdAt: m.createdAt,
  }));
}
