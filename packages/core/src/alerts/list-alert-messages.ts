import type { Ctx } from '../context.ts';
import { openThread, type PlainMessage } from '../referrals/message-thread.ts';
import { loadAlertFor } from './load-alert-for.ts';

/** The alert's thread, unsealed for a party. */
export async function listAlertMessages(ctx: Ctx, id: string): Promise<PlainMessage[]> {
  await loadAlertFor(ctx, id, 'read');
  return openThread(ctx, 'alert', await ctx.store.alerts.listMessages(id));
}
