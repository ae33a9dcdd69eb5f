import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/generated/openapi.d.ts';

export type RecordServiceInput = components['schemas']['RecordService'];
export type RecordCooperationInput = components['schemas']['RecordCooperation'];
export type Facility = components['schemas']['Facility'];

export const supportKey = (id: string) => ['support', id] as const;

/** As the support route answers it (the response type, not the component: they differ in nullables). */
export type PersonSupport = NonNullable<ReturnType<typeof usePersonSupport>['data']>;

/** The person's support records: like the person file, they do not outlive the page. */
export function usePersonSupport(id: string, enabled: boolean) {
  return useQuery({
    gcTime: 0,
    enabled,
    queryKey: supportKey(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/persons/{id}/support', { params: { path: { id } }, signal })).then(
        (r) => r.support,
      ),
    retry: false,
  });
}

export function useRecordService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordServiceInput) =>
      unwrap(api.POST('/api/persons/{id}/services', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKey(id) }),
  });
}

export function useRecordCooperation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCooperationInput) =>
      unwrap(api.POST('/api/persons/{id}/cooperation', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKey(id) }),
  });
}

export function useProtectionSettings() {
  return useQuery({
    queryKey: ['protection-settings'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/protection/settings', { signal })).then((r) => r.settings),
  });
}

export function useShelterBoard() {
  return useQuery({
    queryKey: ['shelters'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/shelters', { signal })).then((r) => r.board),
    refetchInterval: 60_000,
  });
}

export function useFacility(id: string) {
  return useQuery({
    gcTime: 0,
    queryKey: ['shelters', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/shelters/{id}', { params: { path: { id } }, signal })),
    retry: false,
  });
}

export function useRevealFacilityAddress(id: string) {
  return useMutation({
    gcTime: 0,
    mutationFn: () =>
      unwrap(api.POST('/api/shelters/{id}/address/reveal', { params: { path: { id } } })).then(
        (r) => r.address,
      ),
  });
}

export function useFunding(year: number) {
  return useQuery({
    queryKey: ['funding', year],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/funding', { params: { query: { year } }, signal })).then((r) => r.funding),
  });
}
