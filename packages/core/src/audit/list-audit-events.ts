import type { Ctx } from '../context.ts';
import type { AuditEvent } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import type { AuditFilter } from '../ports.ts';
import { listCountCap } from '../support/list-count-cap.ts';
import { type AuditNames, nameAuditEvents } from './name-audit-events.ts';

/** The list's filter as a reader gives it: a person by code, never by internal id. */
export type AuditQuery = AuditFilter & { personCode?: string };

/**
 * A page of the trail, newest first, with the cursor for the next page and the names of who
 * and what it mentions. The first page (no cursor) also counts the matches, capped like every
 * list: past listCountCap it says "more than".
 */
export async function listAuditEvents(
  ctx: Ctx,
  query: AuditQuery,
): Promise<{
  events: AuditEvent[];
  names: AuditNames;
  nextBeforeSeq: number | null;
  total?: { count: number; more: boolean };
}> {
  authorize(ctx.actor, 'audit_log', 'read');
  const filter = await resolveAuditQuery(ctx, query);
  if (!filter) return { events: [], names: await nameAuditEvents(ctx, []), nextBeforeSeq: null, total: none };
  const limit = Math.min(Math.max(filter.limit, 1), 500);
  const events = await ctx.store.audit.list({ ...filter, limit: limit + 1 });
  const page = events.slice(0, limit);
  const nextBeforeSeq = events.length > limit ? (page.at(-1)?.seq ?? null) : null;
  const names = await nameAuditEvents(ctx, page);
  if (filter.beforeSeq !== undefined) return { events: page, names, nextBeforeSeq };
  const { beforeSeq: _, limit: __, ...countFilter } = filter;
  return {
    events: page,
    names,
    nextBeforeSeq,
    total: await ctx.store.audit.count(countFilter, listCountCap),
  };
}

const none = { count: 0, more: false };

/** The store's filter; null when the person code names nobody (nothing can match). */
export async function resolveAuditQuery(ctx: Ctx, query: AuditQuery): Promise<AuditFilter | null> {
  const { personCode, ...filter } = query;
  if (!personCode) return filter;
  const personId = await ctx.store.retention.personIdByCode(personCode);
  return personId ? { ...filter, entityType: 'person', entityId: personId } : null;
}
