import type { Actor, RequestMeta } from '../auth/actor.ts';
import type { AuditEvent } from '../model.ts';
import type { Clock, Store } from '../ports.ts';
import type { AuditAction } from './audit-actions.ts';

export interface AuditEntry {
  /** Only a listed action (audit-actions.ts): each has its words in every language. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends an audit event for what `actor` did. Call it with the transaction's store so that
 * the event commits or rolls back with the change it describes. Never put sealed values or
 * secrets in `details`: the log is readable by auditors. The command line's operator
 * (`operatorActor()`) is no user: its events carry no user, organisation or role, and say
 * `via: 'cli'` unless the entry names its channel (first start, demo).
 */
export function recordAudit(
  deps: { store: Store; clock: Clock },
  actor: Actor | null,
  request: RequestMeta | null,
  entry: AuditEntry,
): Promise<AuditEvent> {
  if (actor?.kind === 'operator') {
    return recordAudit(deps, null, request, { ...entry, details: { via: 'cli', ...entry.details } });
  }
  // A historic import acts for an organisation; the administrator who started it is the user.
  if (actor?.kind === 'import') {
    const { kind: _, importId, ...user } = actor;
    return recordAudit(deps, user, request, {
      ...entry,
      details: { ...entry.details, via: 'import', importId },
    });
  }
  return deps.store.audit.append({
    at: deps.clock.now(),
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor?.organisationId ?? null,
    actorRoles: actor ? [...actor.roles] : [],
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    clientIp: request?.clientIp ?? null,
    requestId: request?.requestId ?? null,
    details: entry.details ?? {},
  });
}
