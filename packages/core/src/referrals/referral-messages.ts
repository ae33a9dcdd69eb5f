import type { Ctx } from '../context.ts';
import { loadReferralFor } from './load-referral-for.ts';
import { openThread, type PlainMessage, postToThread } from './message-thread.ts';

/** A message in the referral's thread, between sender and recipient; sealed at rest. */
export async function postReferralMessage(ctx: Ctx, referralId: string, body: string): Promise<PlainMessage> {
  const referral = await loadReferralFor(ctx, referralId);
  return postToThread(
    ctx,
    {
      kind: 'referral',
      id: referral.id,
      parties: [referral.fromOrganisationId, referral.toOrganisationId],
      save: (tx, m) => tx.referrals.addMessage({ ...m, referralId: referral.id }),
    },
    body,
  );
}

export async function listReferralMessages(ctx: Ctx, referralId: string): Promise<PlainMessage[]> {
  const referral = await loadReferralFor(ctx, referralId);
  return openThread(ctx, 'referral', await ctx.store.referrals.listMessages(referral.id));
}
