import { type AlertRecordAction, alertRecordActions } from '@opennrm/contracts/vocabulary';
import type { Alert, AlertStatus } from '../api/types.ts';
import type { Tone } from '../common/status-badge.tsx';

/** The actions that change an alert's status and so are its buttons (linking has its own form). */
export type AlertTransition = Extract<AlertRecordAction, 'acknowledge' | 'close'>;

const transitions = alertRecordActions.filter(
  (action): action is AlertTransition => action === 'acknowledge' || action === 'close',
);

/**
 * The buttons to offer: exactly what the server's alert policy says this organisation may do now
 * (`may` on every alert it answers with); the web keeps no copy of who acknowledges or closes.
 */
export function offeredAlertActions(alert: Pick<Alert, 'may'>): AlertTransition[] {
  return transitions.filter((action) => alert.may[action] === true);
}

export function alertTone(status: AlertStatus): Tone {
  return status === 'open' ? 'warn' : status === 'acknowledged' ? 'info' : 'off';
}
