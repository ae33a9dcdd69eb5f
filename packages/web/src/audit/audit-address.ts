import type { AuditFilters } from './audit-queries.ts';

/** What the audit log keeps in the address: its filters and the event opened (by number). */
export interface AuditAddress {
  filters: AuditFilters;
  event: number | null;
}

const filterKeys = [
  'action',
  'entityType',
  'actorUserId',
  'actorOrganisationId',
  'personCode',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilters)[];

export function parseAuditAddress(params: URLSearchParams): AuditAddress {
  const filters: AuditFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const event = params.get('event') ?? '';
  return { filters, event: /^\d+$/.test(event) ? Number(event) : null };
}

export function auditAddressToParams(address: AuditAddress): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = address.filters[key];
    if (value) params.set(key, value);
  }
  if (address.event !== null) params.set('event', String(address.event));
  return params;
}
