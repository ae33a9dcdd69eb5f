import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { PersonCreateInput, PersonUpdateInput, QueryOf } from '../api/types.ts';
import { type PersonFilters, personListQuery, personsPageSize } from './person-filters.ts';
import type { DuplicateProbe } from './possible-duplicates.ts';

export const personsKey = ['persons'] as const;

/**
 * Names, birth dates and other identity values must never rest in the query cache, where they
 * would outlive the page: everything that carries them is a mutation with `gcTime: 0`, so its
 * variables and answer are dropped as soon as the component that made it is gone.
 */
const forget = { gcTime: 0 } as const;

/**
 * The list a page at a time (keyset cursor): "Load more" appends the next page, so every person
 * is reachable however long the list; the first page carries the (capped) total.
 */
export function usePersons(filters: PersonFilters, enabled = true) {
  const query = personListQuery(filters);
  return useInfiniteQuery({
    queryKey: [...personsKey, 'list', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/persons', {
          params: { query: pageParam ? { ...query, cursor: pageParam } : query },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The table stays in place while another filter loads, instead of jumping to a spinner.
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * A name search: a mutation with `gcTime: 0` like every request that carries identity, so the
 * name never rests in the query cache, and a POST so it never appears in an address.
 */
export function useNameSearch() {
  return useMutation({
    mutationFn: (input: { name: string; cursor?: string }) =>
      unwrap(api.POST('/api/persons/search', { body: { ...input, limit: personsPageSize } })),
    ...forget,
  });
}

/** Only the total of a filtered list (limit 1): the counts of the home page's work lists. */
export function usePersonCount(query: QueryOf<'/api/persons'>, enabled = true) {
  return useQuery({
    queryKey: [...personsKey, 'count', query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/persons', { params: { query: { ...query, limit: 1 } }, signal })).then(
        (r) => r.total ?? 0,
      ),
    enabled,
  });
}

export function personFileKey(id: string) {
  return [...personsKey, 'file', id] as const;
}

/** The file: attributes, screenings, decisions and exploitation; never a sealed value. */
export function usePersonFile(id: string) {
  return useQuery({
    queryKey: personFileKey(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/persons/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn: (input: PersonCreateInput) => unwrap(api.POST('/api/persons', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...personsKey, 'list'] }),
  });
}

/** A read in effect, but the body holds a name: a mutation keeps it out of the cache. */
export function useDuplicateCheck() {
  return useMutation({
    ...forget,
    mutationFn: (input: DuplicateProbe) => unwrap(api.POST('/api/persons/duplicate-check', { body: input })),
  });
}

/**
 * "Ask the holder to contact us": the organisations holding a match elsewhere are notified with
 * their own record; they decide whether to get in touch. `sent` is false when nobody was left to
 * notify (the record was closed meanwhile, say). Same body as the check, so also forgotten.
 */
export function useDuplicateContactRequest() {
  return useMutation({
    ...forget,
    mutationFn: (input: DuplicateProbe) =>
      unwrap(api.POST('/api/persons/duplicate-check/contact-requests', { body: input })),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn: (input: PersonUpdateInput) =>
      unwrap(api.PATCH('/api/persons/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personsKey }),
  });
}

/** "Show identity": recorded by the server with the reason; the answer lives only in the page. */
export function useRevealIdentity(id: string) {
  return useMutation({
    ...forget,
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/persons/{id}/identity/reveal', {
          params: { path: { id } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      ),
  });
}
