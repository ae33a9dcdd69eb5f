import type { Ctx } from '../context.ts';
import type { AuditEvent } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import type { AuditFilter } from '../ports.ts';

/** A page of the trail, newest first, with the cursor for the next page. */
export async function listAuditEvents(
  ctx: Ctx,
  filter: AuditFilter,
): Promise<{ events: AuditEvent[]; nextBeforeSeq: number | null }> {
  authorize(ctx.actor, 'audit_log', 'read');
  const limit = Math.min(Math.max(filter.limit, 1), 500);
  const events = await ctx.store.audit.list({ ...filter, limit: limit + 1 });
  const page = events.slice(0, limit);
  return { events: page, nextBeforeSeq: events.length > limit ? (page.at(-1)?.seq ?? null) : null };
}
