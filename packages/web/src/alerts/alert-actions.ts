import type { Alert, AlertStatus } from '../api/types.ts';
import type { Tone } from '../common/status-badge.tsx';
import type { AlertAction } from './alert-queries.ts';

/**
 * What this organisation may do now, mirroring the server's rules so no button leads to a 409:
 * only the alerted body acknowledges an open alert; either body closes one that is not closed.
 */
export function allowedAlertActions(
  alert: Pick<Alert, 'status' | 'toOrganisationId'>,
  organisationId: string,
): AlertAction[] {
  const actions: AlertAction[] = [];
  if (alert.status === 'open' && alert.toOrganisationId === organisationId) actions.push('acknowledge');
  if (alert.status !== 'closed') actions.push('close');
  return actions;
}

export function alertTone(status: AlertStatus): Tone {
  return status === 'open' ? 'warn' : status === 'acknowledged' ? 'info' : 'off';
}
