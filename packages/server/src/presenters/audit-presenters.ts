import { type AuditEvent, type AuditNames, type Locale, labelAuditAction } from '@opennrm/core';

/**
 * An audit event as the API shows it, with names in place of ids: the user and organisation who
 * acted, and the entity as a reader knows it (a person by code only: the trail never carries a
 * person's name, and neither does this). The person's id is given only where the reader may
 * open the record, so the page links to exactly what the policy allows.
 */
export function presentAuditEvent(e: AuditEvent, names: AuditNames) {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorOrganisationId: e.actorOrganisationId,
    actorRoles: e.actorRoles,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    clientIp: e.clientIp,
    requestId: e.requestId,
    details: e.details,
    prevHash: e.prevHash,
    hash: e.hash,
    actorUserName: (e.actorUserId && names.users.get(e.actorUserId)) || null,
    actorOrganisationName: (e.actorOrganisationId && names.organisations.get(e.actorOrganisationId)) || null,
    entityLabel: entityLabel(e, names),
    entityPersonId:
      e.entityType === 'person' && e.entityId && names.openablePersons.has(e.entityId) ? e.entityId : null,
  };
}

function entityLabel(e: AuditEvent, names: AuditNames): string | null {
  if (!e.entityId) return null;
  const byType: Record<string, Map<string, string>> = {
    person: names.personCodes,
    organisation: names.organisations,
    user: names.users,
  };
  return byType[e.entityType]?.get(e.entityId) ?? null;
}

const csvColumns = [
  'seq',
  'at',
  'action',
  'action_label',
  'user',
  'organisation',
  'roles',
  'entity_type',
  'entity',
  'client_ip',
  'request_id',
  'details',
  'hash',
] as const;

/** One line per event, newest first; names as on the page, the action in the reader's words. */
export function renderAuditCsv(events: readonly AuditEvent[], names: AuditNames, locale: Locale): string {
  const rows = events.map((e) => {
    const shown = presentAuditEvent(e, names);
    return [
      e.seq,
      shown.at,
      e.action,
      labelAuditAction(e.action, locale),
      shown.actorUserName ?? e.actorUserId ?? '',
      shown.actorOrganisationName ?? e.actorOrganisationId ?? '',
      e.actorRoles.join(' '),
      e.entityType,
      shown.entityLabel ?? e.entityId ?? '',
      e.clientIp ?? '',
      e.requestId ?? '',
      JSON.stringify(e.details),
      e.hash,
    ].map(csvCell);
  });
  // A byte-order mark so spreadsheet programs read Azerbaijani and Russian as UTF-8.
  return `\uFEFF${[csvColumns.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

/** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
