import type { Ctx } from '../context.ts';
import type { PersonAccessFacts } from '../policy/person-access-facts.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { listPersonReferrals } from '../referrals/list-person-referrals.ts';
import type { Referral } from '../referrals/referral.ts';

/** A referral as HTCDS has it: the other organisation's name and the day it was sent. */
export interface HtcdsReferral {
  organisation: string;
  sentOn: string;
}

/** What the HTCDS case and consent fields say, from OpenNRM's consents and referrals. */
export interface HtcdsCaseFacts {
  /** An informed consent recorded in OpenNRM is in force (given, not withdrawn). */
  consentInForce: boolean;
  /** The latest referral the exporting organisation received for the person. */
  incoming: HtcdsReferral | null;
  /** The latest referral the exporting organisation sent for the person. */
  outgoing: HtcdsReferral | null;
}

/**
 * The HTCDS consent and referral fields. HTCDS's consent is a yes to the interview; OpenNRM
 * records no such thing, only consents to named purposes: one in force says the person was
 * informed and agreed (true), none says nothing (null, never "no"). An OpenNRM referral always
 * asks for services: HTCDS's AdditionalServicesRequired. The note and the case workers stay
 * here: the note is sealed, and staff are not the person's data.
 */
export function toHtcdsCaseFields(facts: HtcdsCaseFacts): Record<string, unknown> {
  const { incoming, outgoing } = facts;
  return {
    con_Consent: facts.consentInForce ? true : null,
    cas_ReferringOrganisation: incoming?.organisation ?? null,
    cas_IncomingReferralDate: incoming?.sentOn ?? null,
    cas_ReasonForIncomingReferral: incoming ? 'AdditionalServicesRequired' : null,
    cas_ReferredOrganisation: outgoing?.organisation ?? null,
    cas_OutgoingReferralDate: outgoing?.sentOn ?? null,
    cas_ReasonForOutgoingReferral: outgoing ? 'AdditionalServicesRequired' : null,
  };
}

/**
 * The case facts as the exporting organisation may know them: only for a reader of the person's
 * referrals, and only referrals it sent or received itself (a referral names where the person
 * was sent, and the HTCDS record is this organisation's case). Withdrawn referrals never happened
 * for the recipient. Null when the reader may not read referrals: the fields are left out.
 */
export async function readHtcdsCaseFacts(
  ctx: Ctx,
  personId: string,
  facts: PersonAccessFacts,
): Promise<HtcdsCaseFacts | null> {
  if (!mayOnPerson(ctx.actor, 'read_referrals', facts)) return null;
  const org = ctx.actor.organisationId;
  const referrals = (await listPersonReferrals(ctx, personId)).filter((r) => r.status !== 'withdrawn');
  const latest = async (mine: Referral[], other: (r: Referral) => string) => {
    const last = [...mine].sort((a, b) => a.sentOn.localeCompare(b.sentOn)).pop();
    if (!last) return null;
    const organisation = await ctx.store.organisations.get(other(last));
    return organisation ? { organisation: organisation.name, sentOn: last.sentOn } : null;
  };
  const consents = await ctx.store.consents.listForPerson(personId);
  return {
    consentInForce: consents.some((c) => c.withdrawnAt === null),
    incoming: await latest(
      referrals.filter((r) => r.toOrganisationId === org),
      (r) => r.fromOrganisationId,
    ),
    outgoing: await latest(
      referrals.filter((r) => r.fromOrganisationId === org),
      (r) => r.toOrganisationId,
    ),
  };
}
