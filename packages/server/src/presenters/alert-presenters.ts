import type { AlertView } from '@opennrm/core';

/** An alert as lists show it: never the sealed details; abilities come with the view from core. */
export function presentAlert(view: AlertView) {
  const a = view.alert;
  return {
    id: a.id,
    fromOrganisationId: a.fromOrganisationId,
    toOrganisationId: a.toOrganisationId,
    subject: a.subject,
    title: a.title,
    status: a.status,
    personIds: a.personIds,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    may: view.may,
  };
}

/** The single-alert routes: the view with its (unsealed by core) details. */
export function presentAlertDetail(view: AlertView) {
  return { alert: { ...presentAlert(view), details: view.details ?? '' } };
}
