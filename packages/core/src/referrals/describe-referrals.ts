import type { Ctx } from '../context.ts';
import { referralAbilities } from '../policy/referral-access-policy.ts';
import type { Referral } from './referral.ts';
import type { ReferralRecordAction } from './referral-vocabulary.ts';

/** A referral with what its reader needs beside it: names, the person's code, what they may do. */
export interface ReferralView {
  referral: Referral;
  personCode: string;
  fromOrganisationName: string;
  toOrganisationName: string;
  /** From the one policy (policy/referral-access-policy.ts), for this actor and status. */
  may: Record<ReferralRecordAction, boolean>;
  /** The sealed note, unsealed only on single-referral reads by a party. */
  note?: string | null;
}

/**
 * Names and codes for a list of referrals in two batched reads (an inbox page repeats the same
 * few organisations), and each referral's abilities. The note is unsealed only when asked for.
 */
export async function describeReferrals(
  ctx: Ctx,
  referrals: readonly Referral[],
  options: { withNote?: boolean } = {},
): Promise<ReferralView[]> {
  const organisationIds = referrals.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId]);
  const [names, codes] = await Promise.all([
    ctx.store.organisations.namesOf([...new Set(organisationIds)]),
    ctx.store.persons.codesOf([...new Set(referrals.map((r) => r.personId))]),
  ]);
  return referrals.map((referral) => ({
    referral,
    personCode: codes.get(referral.personId) ?? '?',
    fromOrganisationName: names.get(referral.fromOrganisationId) ?? '?',
    toOrganisationName: names.get(referral.toOrganisationId) ?? '?',
    may: referralAbilities(ctx.actor, referral),
    ...(options.withNote
      ? {
          note: referral.noteSealed
            ? ctx.sealer.unseal(referral.noteSealed, `referral.note.${referral.id}`)
            : null,
        }
      : {}),
  }));
}

/** One referral, note included (the single-referral routes). */
export async function describeReferral(ctx: Ctx, referral: Referral): Promise<ReferralView> {
  const [view] = await describeReferrals(ctx, [referral], { withNote: true });
  return view as ReferralView;
}
