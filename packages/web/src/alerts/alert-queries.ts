import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { SendAlertInput } from '../api/types.ts';
import type { AlertTransition } from './alert-actions.ts';

export const alertsKey = ['alerts'] as const;

/** The sealed details may describe people: like referral notes, they do not outlive the page. */
const forget = { gcTime: 0 } as const;

export const alertsPageSize = 50;

/**
 * A work list like the inbox, a page at a time (keyset cursor: "Load more" appends the next
 * page; the first carries the capped total), refreshed every minute so new alerts show.
 */
/** `awaiting`: only alerts received and still open, as the home page counts them. */
export function useAlerts(awaiting = false) {
  const filter = awaiting ? ({ awaiting: 'true' } as const) : {};
  return useInfiniteQuery({
    queryKey: [...alertsKey, 'list', awaiting],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/alerts', {
          params: {
            query: pageParam
              ? { ...filter, cursor: pageParam, limit: alertsPageSize }
              : { ...filter, limit: alertsPageSize },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 60_000,
  });
}

export function useAlert(id: string) {
  return useQuery({
    ...forget,
    queryKey: [...alertsKey, 'detail', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/alerts/{id}', { params: { path: { id } }, signal })).then((r) => r.alert),
    // 403 and 404 are answers (another organisation's alert), not hiccups worth three retries.
    retry: false,
  });
}

export function useSendAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn: (input: SendAlertInput) =>
      unwrap(api.POST('/api/alerts', { body: input })).then((r) => r.alert),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsKey }),
  });
}

/** Acknowledge or close. Refreshed also after a 409: the status changed meanwhile. */
export function useAlertTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: AlertTransition) =>
      unwrap(api.POST(`/api/alerts/{id}/${action}`, { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsKey }),
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** People type the code they see on a person's page; an id is accepted as it is. */
export async function resolvePersonRef(ref: string): Promise<string | null> {
  const value = ref.trim();
  if (uuidPattern.test(value)) return value;
  const list = await unwrap(api.GET('/api/persons', { params: { query: { code: value, limit: 1 } } }));
  const match = list.persons[0];
  return match && match.code.toLowerCase() === value.toLowerCase() ? match.id : null;
}

/** Resolves the code, then links; `null` means no person with that code is visible to the user. */
export function useLinkPerson(alertId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ref: string) => {
      const personId = await resolvePersonRef(ref);
      if (!personId) return null;
      return unwrap(
        api.POST('/api/alerts/{id}/persons', { params: { path: { id: alertId } }, body: { personId } }),
      ).then((r) => r.alert);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsKey }),
  });
}
