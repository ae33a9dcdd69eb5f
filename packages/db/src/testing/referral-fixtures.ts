import { randomUUID } from 'node:crypto';
import {
  type Consent,
  dayOf,
  type NewShare,
  type Notification,
  type Person,
  type Referral,
  type ReferralMessage,
} from '@opennrm/core';
import { t0 } from './test-fixtures.ts';

/** Whole referral records for store tests; override what a test cares about. */
export function aReferral(
  person: Person,
  toOrganisationId: string,
  overrides: Partial<Referral> = {},
): Referral {
  return {
    id: randomUUID(),
    personId: person.id,
    fromOrganisationId: person.organisationId,
    toOrganisationId,
    services: ['shelter', 'medical'],
    urgency: 'urgent',
    noteSealed: 'v1:note',
    shareIdentity: false,
    sections: ['screenings', 'exploitation'],
    consentId: null,
    childRule: false,
    overrideReason: null,
    parentReferralId: null,
    status: 'sent',
    declineReason: null,
    escalatedAt: null,
    withdrawReason: null,
    sentBy: randomUUID(),
    sentAt: t0,
    respondBy: new Date(t0.getTime() + 3 * 86_400_000),
    respondedBy: null,
    respondedAt: null,
    closedAt: null,
    updatedAt: t0,
    ...overrides,
    // Unless a test dates them apart, each event happened on the day it was recorded.
    sentOn: overrides.sentOn ?? dayOf(overrides.sentAt ?? t0),
    respondedOn: overrides.respondedOn ?? dayOrNull(overrides.respondedAt),
    closedOn: overrides.closedOn ?? dayOrNull(overrides.closedAt),
  };
}

function dayOrNull(at: Date | null | undefined): string | null {
  return at ? dayOf(at) : null;
}

export function aConsent(person: Person, overrides: Partial<Consent> = {}): Consent {
  return {
    id: randomUUID(),
    personId: person.id,
    purposes: ['share_identity', 'receive_services'],
    organisationIds: [],
    means: 'written',
    givenOn: '2025-01-14',
    recordedBy: randomUUID(),
    recordedByOrganisationId: person.organisationId,
    recordedAt: t0,
    withdrawnAt: null,
    withdrawnBy: null,
    ...overrides,
  };
}

export function aMessage(referral: Referral, overrides: Partial<ReferralMessage> = {}): ReferralMessage {
  return {
    id: randomUUID(),
    referralId: referral.id,
    authorUserId: randomUUID(),
    authorOrganisationId: referral.fromOrganisationId,
    bodySealed: 'v1:body',
    createdAt: t0,
    ...overrides,
  };
}

export function aNotification(organisationId: string, overrides: Partial<Notification> = {}): Notification {
  return {
    id: randomUUID(),
    organisationId,
    kind: 'referral.received',
    referralId: randomUUID(),
    personCode: 'NRM-2025-000001',
    aboutOrganisationId: null,
    createdAt: t0,
    readAt: null,
    ...overrides,
  };
}

/** A direct share for store tests: record only unless `identity` says otherwise. */
export function aShare(organisationId: string, reason: string, identity = false): NewShare {
  return {
    organisationId,
    reason,
    shareIdentity: identity,
    consentId: null,
    childRule: false,
    overrideReason: identity ? 'store test' : null,
    grantedBy: null,
  };
}
