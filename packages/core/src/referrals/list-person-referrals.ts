import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import type { Referral } from './referral.ts';

/**
 * The referrals of a person: all of them for the owner; for anyone else only those it sent or
 * received, since a referral to a shelter says where the person lives.
 */
export async function listPersonReferrals(ctx: Ctx, personId: string): Promise<Referral[]> {
  const { facts } = await loadPersonFor(ctx, personId, 'read_referrals');
  const all = await ctx.store.referrals.listForPerson(personId);
  if (mayOnPerson(ctx.actor, 'see_holders', facts)) return all;
  const org = ctx.actor.organisationId;
  return all.filter((r) => r.fromOrganisationId === org || r.toOrganisationId === org);
}
