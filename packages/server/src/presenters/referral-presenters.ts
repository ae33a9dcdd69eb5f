import { basisName, type Consent, type Notification, type ReferralView, recordedLater } from '@opennrm/core';

/** A referral as the API shows it; names, code and abilities come with the view from core. */
export function presentReferral(view: ReferralView, now: Date) {
  const r = view.referral;
  return {
    id: r.id,
    personId: r.personId,
    personCode: view.personCode,
    fromOrganisationId: r.fromOrganisationId,
    fromOrganisationName: view.fromOrganisationName,
    toOrganisationId: r.toOrganisationId,
    toOrganisationName: view.toOrganisationName,
    services: r.services,
    urgency: r.urgency,
    shareIdentity: r.shareIdentity,
    sections: r.sections,
    basis: basisName(r),
    status: r.status,
    declineReason: r.declineReason,
    withdrawReason: r.withdrawReason,
    sentOn: r.sentOn,
    sentAt: r.sentAt.toISOString(),
    respondBy: r.respondBy.toISOString(),
    overdue: r.status === 'sent' && r.respondBy < now,
    respondedOn: r.respondedOn,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    closedOn: r.closedOn,
    closedAt: r.closedAt?.toISOString() ?? null,
    recordedLater:
      recordedLater(r.sentOn, r.sentAt) ||
      (r.respondedOn !== null && r.respondedAt !== null && recordedLater(r.respondedOn, r.respondedAt)) ||
      (r.closedOn !== null && r.closedAt !== null && recordedLater(r.closedOn, r.closedAt)),
    onwardFrom: r.parentReferralId,
    may: view.may,
  };
}

/** The single-referral routes: the view with its (unsealed by core) note. */
export function presentReferralDetail(view: ReferralView, now: Date) {
  return { referral: { ...presentReferral(view, now), note: view.note ?? null } };
}

export function presentConsent(c: Consent) {
  return {
    id: c.id,
    purposes: c.purposes,
    organisationIds: c.organisationIds,
    means: c.means,
    givenOn: c.givenOn,
    recordedByOrganisationId: c.recordedByOrganisationId,
    recordedAt: c.recordedAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  };
}

export function presentNotification(n: Notification, organisationNames: ReadonlyMap<string, string>) {
  const about = n.aboutOrganisationId;
  return {
    id: n.id,
    kind: n.kind,
    referralId: n.referralId,
    personCode: n.personCode,
    aboutOrganisation: about ? { id: about, name: organisationNames.get(about) ?? '' } : null,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
