import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type {
  Decision,
  DecisionInput,
  Exploitation,
  IndicatorListRecord,
  IndicatorListSummary,
  Screening,
  ScreeningInput,
  ShareInput,
} from '../api/types.ts';
import { personsKey } from './person-queries.ts';

const listsKey = ['indicator-lists'] as const;

/** Latest version of every list. Lists change rarely: a long stale time spares slow links. */
export function useIndicatorLists(enabled = true) {
  return useQuery({
    queryKey: [...listsKey, 'latest'],
    queryFn: () => api<{ lists: IndicatorListSummary[] }>('/api/indicator-lists').then((r) => r.lists),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** A list version never changes once used, so it is fetched once per session. */
export function useIndicatorList(key: string | null, version?: number) {
  return useQuery({
    queryKey: [...listsKey, key, version ?? 'latest'],
    queryFn: () =>
      api<{ list: IndicatorListRecord }>(`/api/indicator-lists/${encodeURIComponent(key ?? '')}`, {
        query: { version },
      }).then((r) => r.list),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: key !== null,
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
    api<{ screening: Screening }>(`/api/persons/${personId}/screenings`, { method: 'POST', body: input }),
  );
}

export function useRecordExploitation(personId: string) {
  return usePersonMutation((input: Exploitation) =>
    api<{ exploitation: Exploitation }>(`/api/persons/${personId}/exploitation`, {
      method: 'PUT',
      body: input,
    }),
  );
}

/** Decision grounds name people and places: sealed on the server, and not kept here either. */
export function useRecordDecision(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (input: DecisionInput) =>
      api<{ decision: Decision }>(`/api/persons/${personId}/decisions`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personsKey }),
  });
}

export function useSharePerson(personId: string) {
  return usePersonMutation((input: ShareInput) =>
    api<void>(`/api/persons/${personId}/shares`, { method: 'POST', body: input }),
  );
}

export function useUnsharePerson(personId: string) {
  return usePersonMutation((organisationId: string) =>
    api<void>(`/api/persons/${personId}/shares/${organisationId}`, { method: 'DELETE' }),
  );
}
