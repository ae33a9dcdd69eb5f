import type { Ctx } from '../context.ts';
import { type PlainMessage, postToThread } from '../referrals/message-thread.ts';
import { loadAlertFor } from './load-alert-for.ts';

/** A message to the other body, on the alert's sealed two-party thread. */
export async function postAlertMessage(ctx: Ctx, id: string, body: string): Promise<PlainMessage> {
  const alert = await loadAlertFor(ctx, id, 'message');
  return postToThread(
    ctx,
    {
      kind: 'alert',
      id,
      parties: [alert.fromOrganisationId, alert.toOrganisationId],
      save: (tx, m) => tx.alerts.addMessage({ ...m, alertId: id }),
    },
    body,
  );
}
