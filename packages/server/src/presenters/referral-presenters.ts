import type { Consent, Notification, Referral, Sealer, Store } from '@opennrm/core';

/** Looks names up once per presenter call: inbox pages repeat the same few organisations. */
export function createReferralPresenter(store: Store, now: Date) {
  const orgNames = new Map<string, Promise<string>>();
  const codes = new Map<string, Promise<string>>();
  const orgName = (id: string) => {
    if (!orgNames.has(id))
      orgNames.set(
        id,
        store.organisations.get(id).then((o) => o?.name ?? '?'),
      );
    return orgNames.get(id) as Promise<string>;
  };
  const code = (id: string) => {
    if (!codes.has(id))
      codes.set(
        id,
        store.persons.get(id).then((p) => p?.code ?? '?'),
      );
    return codes.get(id) as Promise<string>;
  };
  return async function presentReferral(r: Referral) {
    return {
      id: r.id,
      personId: r.personId,
      personCode: await code(r.personId),
      fromOrganisationId: r.fromOrganisationId,
      fromOrganisationName: await orgName(r.fromOrganisationId),
      toOrganisationId: r.toOrganisationId,
      toOrganisationName: await orgName(r.toOrganisationId),
      services: r.services,
      urgency: r.urgency,
      shareIdentity: r.shareIdentity,
      sections: r.sections,
      basis: r.childRule
        ? ('child_rule' as const)
        : r.overrideReason
          ? ('override' as const)
          : r.consentId
            ? ('consent' as const)
            : ('none' as const),
      status: r.status,
      declineReason: r.declineReason,
      withdrawReason: r.withdrawReason,
      sentAt: r.sentAt.toISOString(),
      respondBy: r.respondBy.toISOString(),
      overdue: r.status === 'sent' && r.respondBy < now,
      respondedAt: r.respondedAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
    };
  };
}

/** The note is sealed; only the two parties get it, on the single-referral routes. */
export function unsealNote(sealer: Sealer, r: Referral): string | null {
  return r.noteSealed ? sealer.unseal(r.noteSealed, `referral.note.${r.id}`) : null;
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
