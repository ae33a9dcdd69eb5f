import type { AuditAction } from '../audit/audit-actions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Store } from '../ports.ts';

/** Writes a plan change and its audit event in one transaction. */
export async function writePlanChange(
  ctx: Ctx,
  entry: { action: AuditAction; entityType: string; entityId: string; details?: Record<string, unknown> },
  write: (tx: Store) => Promise<void>,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await write(tx);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, entry);
  });
}
