import type { Ctx } from '../context.ts';
import { loadReferralFor } from './load-referral-for.ts';
import { openThread, type PlainMessage, postToThread } from './message-thread.ts';

/** A message in the referral's thread, between sender and recipient; sealed at rest. */
export async function postReferralMessage(ctx: Ctx, referralId: string, body: string): Promise<PlainMessage> {
  const referral = await loadReferralFor(ctx, referralId);
  // Both parties know the person's code from the referral, except a recipient after withdrawal
  // (it has no access left; transition-referral.ts withholds the code likewise).
  const toRecipient = ctx.actor.organisationId === referral.fromOrganisationId;
  const person =
    referral.status === 'withdrawn' && toRecipient
      ? undefined
      : await ctx.store.persons.get(referral.personId);
  return postToThread(
    ctx,
    {
      kind: 'referral',
      id: referral.id,
      parties: [referral.fromOrganisationId, referral.toOrganisationId],
      personCode: person?.code ?? null,
      save: (tx, m) => tx.referrals.addMessage({ ...m, referralId: referral.id }),
    },
    body,
  );
}

export async function listReferralMessages(ctx: Ctx, referralId: string): Promise<PlainMessage[]> {
  const referral = await loadReferralFor(ctx, referralId);
  return openThread(ctx, 'referral', await ctx.store.referrals.listMessages(referral.id));
}
