import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { DecisionInput, Exploitation, ScreeningInput, ShareInput } from '../api/types.ts';
import { personsKey } from './person-queries.ts';

const listsKey = ['indicator-lists'] as const;

/** Latest version of every list. Lists change rarely: a long stale time spares slow links. */
export function useIndicatorLists(enabled = true) {
  return useQuery({
    queryKey: [...listsKey, 'latest'],
    queryFn: () => unwrap(api.GET('/api/indicator-lists')).then((r) => r.lists),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** A list version never changes once used, so it is fetched once per session. */
export function useIndicatorList(key: string | null, version?: number) {
  return useQuery({
    queryKey: [...listsKey, key, version ?? 'latest'],
    queryFn:
      key === null
        ? skipToken
        : () =>
            unwrap(
              api.GET('/api/indicator-lists/{key}', { params: { path: { key }, query: { version } } }),
            ).then((r) => r.list),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every change to a person's file refreshes the file and the lists (status, due date…). */
function usePersonMutation<I, O>(request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personsKey }),
  });
}

export function useRecordScreening(personId: string) {
  return usePersonMutation((input: ScreeningInput) =>
    unwrap(api.POST('/api/persons/{id}/screenings', { params: { path: { id: personId } }, body: input })),
  );
}

export function useRecordExploitation(personId: string) {
  return usePersonMutation((input: Exploitation) =>
    unwrap(api.PUT('/api/persons/{id}/exploitation', { params: { path: { id: personId } }, body: input })),
  );
}

/** Decision grounds name people and places: sealed on the server, and not kept here either. */
export function useRecordDecision(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (input: DecisionInput) =>
      unwrap(api.POST('/api/persons/{id}/decisions', { params: { path: { id: personId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personsKey }),
  });
}

export function useSharePerson(personId: string) {
  return usePersonMutation((input: ShareInput) =>
    unwrap(api.POST('/api/persons/{id}/shares', { params: { path: { id: personId } }, body: input })),
  );
}

export function useUnsharePerson(personId: string) {
  return usePersonMutation((organisationId: string) =>
    unwrap(
      api.DELETE('/api/persons/{id}/shares/{organisationId}', {
        params: { path: { id: personId, organisationId } },
      }),
    ),
  );
}
