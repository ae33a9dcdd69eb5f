import { referralUrgencies } from '../api/types.ts';
import type { InboxListFilters, InboxSectionName } from './referral-queries.ts';

/** The inbox's state in the address bar: person code search, urgency, each section's order. */
export interface InboxFilters {
  code?: string;
  urgency?: (typeof referralUrgencies)[number];
  orders: Partial<Record<InboxSectionName, 'asc' | 'desc'>>;
}

const sections: readonly InboxSectionName[] = [
  'incoming',
  'outgoing',
  'overdue',
  'inProgress',
  'recentlyClosed',
];

/** Each section's order when the address says nothing: deadlines soonest first, closures newest first. */
export function defaultOrder(section: InboxSectionName): 'asc' | 'desc' {
  return section === 'recentlyClosed' ? 'desc' : 'asc';
}

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const code = params.get('code')?.trim().slice(0, 40);
  const urgency = params.get('urgency');
  const orders: InboxFilters['orders'] = {};
  for (const section of sections) {
    const order = params.get(`${section}Order`);
    if (order === 'asc' || order === 'desc') orders[section] = order;
  }
  return {
    ...(code ? { code } : {}),
    ...(urgency && (referralUrgencies as readonly string[]).includes(urgency)
      ? { urgency: urgency as InboxFilters['urgency'] }
      : {}),
    orders,
  };
}

export function inboxFiltersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.code) params.set('code', filters.code);
  if (filters.urgency) params.set('urgency', filters.urgency);
  for (const section of sections) {
    const order = filters.orders[section];
    if (order && order !== defaultOrder(section)) params.set(`${section}Order`, order);
  }
  return params;
}

/** The query of one section for these filters. */
export function sectionQuery(filters: InboxFilters, section: InboxSectionName): InboxListFilters {
  return {
    ...(filters.code ? { code: filters.code } : {}),
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
    order: filters.orders[section] ?? defaultOrder(section),
  };
}
