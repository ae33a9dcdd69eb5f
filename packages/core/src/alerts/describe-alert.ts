import type { Ctx } from '../context.ts';
import { alertAbilities } from '../policy/alert-access-policy.ts';
import type { Alert, AlertRecordAction } from './alert.ts';
import { readAlertDetails } from './read-alert-details.ts';

/** An alert with what its reader needs beside it: what they may do, and on its page the details. */
export interface AlertView {
  alert: Alert;
  /** From the one policy (policy/alert-access-policy.ts), for this actor and status. */
  may: Record<AlertRecordAction, boolean>;
  /** Unsealed only on single-alert reads by a party. */
  details?: string;
}

/** A list of alerts, each with the actor's abilities; the details stay sealed. */
export function describeAlerts(ctx: Ctx, alerts: readonly Alert[]): AlertView[] {
  return alerts.map((alert) => ({ alert, may: alertAbilities(ctx.actor, alert) }));
}

/** One alert, its details unsealed (an alert just sent or loaded with `loadAlertFor`). */
export function describeAlert(ctx: Ctx, alert: Alert): AlertView {
  return { alert, may: alertAbilities(ctx.actor, alert), details: readAlertDetails(ctx, alert) };
}
