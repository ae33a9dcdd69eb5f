import type { Ctx } from '../context.ts';
import { authorizeOnReferral } from '../policy/referral-access-policy.ts';
import { notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';

/** A referral the actor's organisation is a party to (policy/referral-access-policy.ts decides). */
export async function loadReferralFor(
  ctx: Ctx,
  id: string,
  action: 'read' | 'message' = 'read',
): Promise<Referral> {
  const referral = await ctx.store.referrals.get(id);
  if (!referral) throw notFound('The referral');
  authorizeOnReferral(ctx.actor, action, referral);
  return referral;
}
