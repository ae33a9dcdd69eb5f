import type { Ctx } from '../context.ts';
import { type Alert, alertDetailsAad } from './alert.ts';

/** The sealed details of an alert the actor has just sent or loaded with `loadAlertFor`. */
export function readAlertDetails(ctx: Ctx, alert: Alert): string {
  return ctx.sealer.unseal(alert.detailsSealed, alertDetailsAad(alert.id));
}
