import type { ConsentPurpose, PersonAccessFacts, ReferralStatus } from '@opennrm/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';

interface FactsRow {
  person_id: string;
  owner: string;
  child: boolean;
  shares: { organisation_id: string; share_identity: boolean; consent_id: string | null }[];
  referrals: {
    id: string;
    from_organisation_id: string;
    to_organisation_id: string;
    status: ReferralStatus;
    share_identity: boolean;
    parent_referral_id: string | null;
  }[];
  consents: { id: string; purposes: string[]; organisation_ids: string[]; withdrawn: boolean }[];
}

/**
 * PersonStore.accessFacts: the owner, the child rule, active shares, every referral and every
 * consent of one person in one statement (a person has a handful of each), so deciding on a
 * request costs one round trip.
 */
export async function readAccessFacts(
  db: Kysely<Database>,
  personId: string,
): Promise<PersonAccessFacts | undefined> {
  const { rows } = await factsOf(sql`p.id = ${personId}`).execute(db);
  return rows[0] && toFacts(rows[0]);
}

/**
 * PersonStore.accessFactsOf: the same facts for several persons in the same one statement (the
 * duplicate check decides on every match); a person that does not exist is absent from the map.
 */
export async function readAccessFactsOf(
  db: Kysely<Database>,
  personIds: readonly string[],
): Promise<Map<string, PersonAccessFacts>> {
  if (personIds.length === 0) return new Map();
  const { rows } = await factsOf(sql`p.id in (${sql.join([...new Set(personIds)])})`).execute(db);
  return new Map(rows.map((row) => [row.person_id, toFacts(row)]));
}

function factsOf(condition: RawBuilder<unknown>) {
  return sql<FactsRow>`
    select p.id as person_id, p.organisation_id as owner,
      coalesce(p.child_at_identification, false) or coalesce(e.child_at_exploitation, false) as child,
      coalesce((select json_agg(json_build_object('organisation_id', a.organisation_id,
          'share_identity', a.share_identity, 'consent_id', a.consent_id) order by a.since)
        from person_access a where a.person_id = p.id and a.until is null), '[]') as shares,
      coalesce((select json_agg(json_build_object('id', r.id,
          'from_organisation_id', r.from_organisation_id, 'to_organisation_id', r.to_organisation_id,
          'status', r.status, 'share_identity', r.share_identity,
          'parent_referral_id', r.parent_referral_id) order by r.sent_at)
        from referrals r where r.person_id = p.id), '[]') as referrals,
      coalesce((select json_agg(json_build_object('id', c.id, 'purposes', c.purposes,
          'organisation_ids', c.organisation_ids, 'withdrawn', c.withdrawn_at is not null)
          order by c.recorded_at)
        from consents c where c.person_id = p.id), '[]') as consents
    from persons p left join exploitations e on e.person_id = p.id
    where ${condition}`;
}

function toFacts(row: FactsRow): PersonAccessFacts {
  return {
    personId: row.person_id,
    ownerOrganisationId: row.owner,
    child: row.child,
    shares: row.shares.map((a) => ({
      organisationId: a.organisation_id,
      identity: a.share_identity,
      consentId: a.consent_id,
    })),
    referrals: row.referrals.map((r) => ({
      id: r.id,
      fromOrganisationId: r.from_organisation_id,
      toOrganisationId: r.to_organisation_id,
      status: r.status,
      shareIdentity: r.share_identity,
      parentReferralId: r.parent_referral_id,
    })),
    consents: row.consents.map((c) => ({
      id: c.id,
      purposes: c.purposes as ConsentPurpose[],
      organisationIds: c.organisation_ids,
      withdrawn: c.withdrawn,
    })),
  };
}
