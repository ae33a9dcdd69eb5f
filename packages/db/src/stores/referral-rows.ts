import type { Consent, Referral } from '@opennrm/core';
import type { Updateable } from 'kysely';
import type { ConsentRow, ReferralRow, ReferralsTable } from '../schema-referrals.ts';

/**
 * The column of every referral field but the id. A Record over core's field names, so a field
 * added in core without a column here fails to compile instead of being silently dropped.
 */
const referralColumns: Readonly<Record<Exclude<keyof Referral, 'id'>, keyof ReferralsTable>> = {
  personId: 'person_id',
  fromOrganisationId: 'from_organisation_id',
  toOrganisationId: 'to_organisation_id',
  services: 'services',
  urgency: 'urgency',
  noteSealed: 'note_sealed',
  shareIdentity: 'share_identity',
  sections: 'sections',
  consentId: 'consent_id',
  childRule: 'child_rule',
  overrideReason: 'override_reason',
  status: 'status',
  declineReason: 'decline_reason',
  withdrawReason: 'withdraw_reason',
  sentBy: 'sent_by',
  sentOn: 'sent_on',
  sentAt: 'sent_at',
  respondBy: 'respond_by',
  respondedBy: 'responded_by',
  respondedOn: 'responded_on',
  respondedAt: 'responded_at',
  closedOn: 'closed_on',
  closedAt: 'closed_at',
  escalatedAt: 'escalated_at',
  updatedAt: 'updated_at',
  parentReferralId: 'parent_referral_id',
};

const referralEntries = Object.entries(referralColumns) as [
  keyof typeof referralColumns,
  keyof ReferralsTable,
][];

/**
 * Only the fields present in the patch. The id is never written: a row keeps its identity, and
 * the memory store (which would rewrite it in the value only) is no guide there.
 */
export function toReferralUpdate(patch: Partial<Referral>): Updateable<ReferralsTable> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of referralEntries) {
    if (patch[field] !== undefined) values[column] = patch[field];
  }
  return values as Updateable<ReferralsTable>;
}

export function toReferralRow(r: Referral): ReferralRow {
  const row = toReferralUpdate(r) as ReferralRow;
  return { ...row, id: r.id };
}

export function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    personId: row.person_id,
    fromOrganisationId: row.from_organisation_id,
    toOrganisationId: row.to_organisation_id,
    services: row.services,
    urgency: row.urgency,
    noteSealed: row.note_sealed,
    shareIdentity: row.share_identity,
    sections: row.sections,
    consentId: row.consent_id,
    childRule: row.child_rule,
    overrideReason: row.override_reason,
    status: row.status,
    declineReason: row.decline_reason,
    withdrawReason: row.withdraw_reason,
    parentReferralId: row.parent_referral_id,
    sentBy: row.sent_by,
    sentOn: row.sent_on,
    sentAt: row.sent_at,
    respondBy: row.respond_by,
    respondedBy: row.responded_by,
    respondedOn: row.responded_on,
    respondedAt: row.responded_at,
    closedOn: row.closed_on,
    closedAt: row.closed_at,
    escalatedAt: row.escalated_at,
    updatedAt: row.updated_at,
  };
}

export function toConsentRow(c: Consent): ConsentRow {
  return {
    id: c.id,
    person_id: c.personId,
    purposes: c.purposes,
    organisation_ids: c.organisationIds,
    means: c.means,
    given_on: c.givenOn,
    recorded_by: c.recordedBy,
    recorded_by_organisation_id: c.recordedByOrganisationId,
    recorded_at: c.recordedAt,
    withdrawn_at: c.withdrawnAt,
    withdrawn_by: c.withdrawnBy,
  };
}

export function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    personId: row.person_id,
    purposes: row.purposes,
    organisationIds: row.organisation_ids,
    means: row.means,
    givenOn: row.given_on,
    recordedBy: row.recorded_by,
    recordedByOrganisationId: row.recorded_by_organisation_id,
    recordedAt: row.recorded_at,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by,
  };
}
