import type { Ctx } from '../context.ts';
import { personCountCap } from '../identification/list-persons.ts';
import type { AuditEvent } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import type { AuditFilter } from '../ports.ts';

/**
 * A page of the trail, newest first, with the cursor for the next page. The first page (no
 * cursor) also counts the matches, capped like every list: past 10 000 it says "more than".
 */
export async function listAuditEvents(
  ctx: Ctx,
  filter: AuditFilter,
): Promise<{ events: AuditEvent[]; nextBeforeSeq: number | null; total?: { count: number; more: boolean } }> {
  authorize(ctx.actor, 'audit_log', 'read');
  const limit = Math.min(Math.max(filter.limit, 1), 500);
  const events = await ctx.store.audit.list({ ...filter, limit: limit + 1 });
  const page = events.slice(0, limit);
  const nextBeforeSeq = events.length > limit ? (page.at(-1)?.seq ?? null) : null;
  if (filter.beforeSeq !== undefined) return { events: page, nextBeforeSeq };
  const { beforeSeq: _, limit: __, ...countFilter } = filter;
  return { events: page, nextBeforeSeq, total: await ctx.store.audit.count(countFilter, personCountCap) };
}
