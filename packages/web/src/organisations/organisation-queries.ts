import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { Organisation, OrganisationInput, OrganisationUpdateInput } from '../api/types.ts';

export const organisationsKey = ['organisations'] as const;

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: () => unwrap(api.GET('/api/organisations')).then((r) => r.organisations),
    enabled,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: [...organisationsKey, id],
    queryFn: () =>
      unwrap(api.GET('/api/organisations/{id}', { params: { path: { id } } })).then((r) => r.organisation),
  });
}

/** id -> name, for tables that show other records' organisations. */
export function organisationNames(list: Organisation[] | undefined): Map<string, string> {
  return new Map((list ?? []).map((o) => [o.id, o.name]));
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) =>
      unwrap(api.POST('/api/organisations', { body: input })).then((r) => r.organisation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationUpdateInput) =>
      unwrap(api.PATCH('/api/organisations/{id}', { params: { path: { id } }, body: input })).then(
        (r) => r.organisation,
      ),
    onSuccess: (organisation) => {
      queryClient.setQueryData([...organisationsKey, id], organisation);
      return queryClient.invalidateQueries({ queryKey: organisationsKey, exact: true });
    },
  });
}

/** Never cached: a revealed address lives only in the component that asked for it. */
export function useRevealAddress(id: string) {
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/organisations/{id}/address/reveal', { params: { path: { id } } })).then(
        (r) => r.address,
      ),
  });
}
