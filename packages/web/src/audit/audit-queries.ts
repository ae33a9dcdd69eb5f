import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorUserId?: string;
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

export function useVerifyChain() {
  return useMutation({ mutationFn: () => unwrap(api.GET('/api/audit/verify')) });
}
