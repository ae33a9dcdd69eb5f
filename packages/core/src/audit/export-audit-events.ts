import type { Ctx } from '../context.ts';
import type { AuditEvent } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import type { AuditQuery } from './list-audit-events.ts';
import { resolveAuditQuery } from './list-audit-events.ts';
import { type AuditNames, nameAuditEvents } from './name-audit-events.ts';
import { recordAudit } from './record-audit.ts';

/** At most this many events in one file: past it the reader narrows the filters instead. */
export const auditExportLimit = 10_000;

/**
 * Every event the filters match, newest first, for a file the auditor keeps. Reading is the
 * same right as the list (the policy decides: `audit_log:read`); the export is itself recorded,
 * with the filters and the number of rows, so a copy of the trail leaving the system is on it.
 */
export async function exportAuditEvents(
  ctx: Ctx,
  query: Omit<AuditQuery, 'beforeSeq' | 'limit'>,
): Promise<{ events: AuditEvent[]; names: AuditNames }> {
  authorize(ctx.actor, 'audit_log', 'read');
  const filter = await resolveAuditQuery(ctx, { ...query, limit: auditExportLimit });
  const events = filter ? await ctx.store.audit.list({ ...filter, limit: auditExportLimit + 1 }) : [];
  if (events.length > auditExportLimit) {
    throw invalid(
      `More than ${auditExportLimit} events match: narrow the filters (dates, action, organisation) to export them.`,
      { limit: auditExportLimit },
    );
  }
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'audit.exported',
    entityType: 'audit_log',
    details: { filter: describeFilter(query), rows: events.length },
  });
  return { events, names: await nameAuditEvents(ctx, events) };
}

/** The filters as given (a person by code, never by name), dates as instants. */
function describeFilter(query: Omit<AuditQuery, 'beforeSeq' | 'limit'>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, value instanceof Date ? value.toISOString() : String(value)]],
    ),
  );
}
