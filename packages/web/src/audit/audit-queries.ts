import { useInfiniteQuery, useMutation, useMutationState, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { AuditVerifyResult as ChainReport } from '../api/types.ts';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorUserId?: string;
  actorOrganisationId?: string;
  /** A person's code as typed (any case). */
  personCode?: string;
  /** Local calendar days (YYYY-MM-DD) as typed; turned into instants for the API. */
  from?: string;
  to?: string;
}

const pageSize = 50;

/** Start of `from` and end of `to` in the user's time zone, as the user means them. */
export function dayRange(from?: string, to?: string): { from?: string; to?: string } {
  const start = from ? new Date(`${from}T00:00:00`) : null;
  const end = to ? new Date(`${to}T23:59:59.999`) : null;
  return {
    from: start && !Number.isNaN(start.getTime()) ? start.toISOString() : undefined,
    to: end && !Number.isNaN(end.getTime()) ? end.toISOString() : undefined,
  };
}

/** Newest first; each "load more" asks for events before the last sequence number seen. */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/audit/events', {
          params: {
            query: {
              action: filters.action,
              entityType: filters.entityType,
              actorUserId: filters.actorUserId,
              actorOrganisationId: filters.actorOrganisationId,
              personCode: filters.personCode,
              ...dayRange(filters.from, filters.to),
              beforeSeq: pageParam ?? undefined,
              limit: pageSize,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextBeforeSeq,
  });
}

/**
 * One event by its sequence number, for a link that names it (`?event=` in the address): the
 * newest event before the next number, which is this one when it exists (null otherwise).
 */
export function useAuditEvent(seq: number | null) {
  return useQuery({
    queryKey: ['audit', 'event', seq],
    enabled: seq !== null,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/audit/events', { params: { query: { beforeSeq: (seq ?? 0) + 1, limit: 1 } } }),
      );
      return page.events.find((event) => event.seq === seq) ?? null;
    },
  });
}

/** Shared by the button and the event details: one check answers both. */
const verifyKey = ['audit', 'verify'];

export function useVerifyChain() {
  return useMutation({ mutationKey: verifyKey, mutationFn: () => unwrap(api.GET('/api/audit/verify')) });
}

/** The latest chain check of this visit, if any (the details say whether it covered an event). */
export function useLastChainCheck(): ChainReport | undefined {
  const results = useMutationState({
    filters: { mutationKey: verifyKey, status: 'success' },
    select: (mutation) => mutation.state.data as ChainReport,
  });
  return results.at(-1);
}

/** The address of the CSV of what the filters match (the browser downloads it with the session). */
export function auditExportUrl(filters: AuditFilters, locale: string): string {
  const query = new URLSearchParams();
  const { from, to, ...rest } = filters;
  for (const [key, value] of Object.entries({ ...rest, ...dayRange(from, to), locale })) {
    if (value) query.set(key, value);
  }
  return `/api/audit/events/export?${query}`;
}
