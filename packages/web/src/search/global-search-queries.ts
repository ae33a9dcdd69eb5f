import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

/** How many persons the dropdown offers: enough to choose among, few enough to read. */
export const searchBoxLimit = 8;

/**
 * A code fragment goes by GET (codes are pseudonyms, already in list addresses): the same
 * GET /api/persons the list uses, so "000005" or "nrm-2026" find what the list would.
 */
export function useCodeMatches(fragment: string, enabled: boolean) {
  return useQuery({
    queryKey: ['persons', 'search-box', fragment],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/persons', { params: { query: { code: fragment, limit: searchBoxLimit } }, signal }),
      ).then((page) => page.persons),
    enabled: enabled && fragment.length > 0,
    staleTime: 10_000,
  });
}

/**
 * A name goes by POST to the persons list's own name search (blind index, audited without the
 * name) and, like every request that carries identity, never rests in the query cache.
 */
export function useNameMatches() {
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.POST('/api/persons/search', { body: { name, limit: searchBoxLimit } })).then(
        (page) => page.persons,
      ),
    gcTime: 0,
  });
}
