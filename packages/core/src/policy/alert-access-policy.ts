import {
  type AlertRecordAction,
  type AlertStatus,
  alertRecordActions,
  alertStatuses,
} from '../alerts/alert.ts';
import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';
import { scopeFor } from './authorize.ts';
import type { Action } from './permissions.ts';

/** The parties of an alert and where it stands: all the policy needs to decide on it. */
export interface AlertParties {
  fromOrganisationId: string;
  toOrganisationId: string;
  status: AlertStatus;
}

/** The body that raised the alert, or the body alerted. Nobody else stands anywhere. */
export type AlertParty = 'sender' | 'recipient';

const always = alertStatuses;

/**
 * THE alert table: which party may do what, in which statuses. An alert is between its two
 * bodies only; the alerted body acknowledges, either closes, and both keep reading, writing to
 * the thread and linking persons identified in the situation after it is closed (a person can be
 * found later). Linking also needs the person's own `contribute` (person-access-rules.ts).
 */
export const alertAccessTable: Readonly<
  Record<AlertRecordAction, Readonly<Record<AlertParty, readonly AlertStatus[]>>>
> = {
  read: { sender: always, recipient: always },
  message: { sender: always, recipient: always },
  acknowledge: { sender: [], recipient: ['open'] },
  close: { sender: ['open', 'acknowledged'], recipient: ['open', 'acknowledged'] },
  link_person: { sender: always, recipient: always },
};

/** The role right (grants.ts, on `referral`: alerts are referral work) each action also needs. */
export const alertActionGrant: Readonly<Record<AlertRecordAction, Action>> = {
  read: 'read',
  message: 'read',
  acknowledge: 'update',
  close: 'update',
  link_person: 'update',
};

export function alertPartyOf(actor: Actor, alert: AlertParties): AlertParty | null {
  if (actor.organisationId === alert.fromOrganisationId) return 'sender';
  if (actor.organisationId === alert.toOrganisationId) return 'recipient';
  return null;
}

/** The statuses in which the actor's party may do the action (none for a stranger). */
export function alertActionStatuses(
  actor: Actor,
  action: AlertRecordAction,
  alert: AlertParties,
): readonly AlertStatus[] {
  const party = alertPartyOf(actor, alert);
  return party ? alertAccessTable[action][party] : [];
}

/** Referral work includes alerts; the `alert` grant is alerts alone (the hotline). */
export const holdsAlertRight = (actor: Actor, action: Action): boolean =>
  scopeFor(actor, 'referral', action) !== null || scopeFor(actor, 'alert', action) !== null;

const holdsRight = (actor: Actor, action: AlertRecordAction) =>
  holdsAlertRight(actor, alertActionGrant[action]);

/**
 * Whether the actor's organisation is the party that may do this, with the role right. The
 * status aside: the party that holds the action at all is told why it is impossible now (409)
 * while it can still read the alert, as for referrals.
 */
export function mayOnAlert(actor: Actor, action: AlertRecordAction, alert: AlertParties): boolean {
  const statuses = alertActionStatuses(actor, action, alert);
  if (statuses.length === 0 || !holdsRight(actor, action)) return false;
  return statuses.includes(alert.status) || alertActionStatuses(actor, 'read', alert).includes(alert.status);
}

/** Throws `forbidden` (403) unless `mayOnAlert`. */
export function authorizeOnAlert(actor: Actor, action: AlertRecordAction, alert: AlertParties): void {
  if (!mayOnAlert(actor, action, alert)) throw forbidden();
}

/**
 * What the actor may do to the alert now (its status included): what the web offers. The
 * server checks each action again when it is asked.
 */
export function alertAbilities(actor: Actor, alert: AlertParties): Record<AlertRecordAction, boolean> {
  const may = (action: AlertRecordAction) =>
    holdsRight(actor, action) && alertActionStatuses(actor, action, alert).includes(alert.status);
  return Object.fromEntries(alertRecordActions.map((a) => [a, may(a)])) as Record<AlertRecordAction, boolean>;
}
