import type { ConsentPurpose, ReferralStatus } from '../referrals/referral-vocabulary.ts';

/** An active direct share of a person with another organisation, granted by the owner. */
export interface ShareFact {
  organisationId: string;
  /** Whether the share lets the target reveal identity (it had a basis: consent, child rule, override). */
  identity: boolean;
  consentId: string | null;
}

/** A referral of the person, open or closed (closed ones give nothing; they are kept for the record). */
export interface ReferralFact {
  id: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  status: ReferralStatus;
  shareIdentity: boolean;
  /** The referral this one was sent onward from, by its recipient; null when sent by the owner. */
  parentReferralId: string | null;
}

/** A consent the person gave (withdrawn ones included, marked). */
export interface ConsentFact {
  id: string;
  purposes: readonly ConsentPurpose[];
  /** Empty: any body of the mechanism. */
  organisationIds: readonly string[];
  withdrawn: boolean;
}

/**
 * Everything the record-level policy needs to decide on one person: who owns the record, who it
 * was shared with and referred to, and what the person consented to. Loaded in one query
 * (`PersonStore.accessFacts`) and passed to `person-access-policy.ts`; nothing else decides.
 */
export interface PersonAccessFacts {
  personId: string;
  ownerOrganisationId: string;
  /** The child rule applies: a child at identification or at exploitation. */
  child: boolean;
  shares: readonly ShareFact[];
  referrals: readonly ReferralFact[];
  consents: readonly ConsentFact[];
}

/** Whether a live consent lets identity go to `organisationId` (the referral's rule, for shares too). */
export function coveringConsent(
  facts: PersonAccessFacts,
  organisationId: string,
  purpose: ConsentPurpose = 'share_identity',
): ConsentFact | undefined {
  return facts.consents.find(
    (c) =>
      !c.withdrawn &&
      c.purposes.includes(purpose) &&
      (c.organisationIds.length === 0 || c.organisationIds.includes(organisationId)),
  );
}
