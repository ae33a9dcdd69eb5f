import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { RetentionSettings } from '../api/types.ts';

const retentionKey = ['retention'] as const;

export function useRetentionSettings() {
  return useQuery({
    queryKey: [...retentionKey, 'settings'],
    queryFn: () => unwrap(api.GET('/api/retention/settings')),
  });
}

export function useRetentionPlan() {
  return useQuery({
    queryKey: [...retentionKey, 'plan'],
    queryFn: () => unwrap(api.GET('/api/retention/plan')),
  });
}

export function useLegalHolds() {
  return useQuery({
    queryKey: [...retentionKey, 'holds'],
    queryFn: () => unwrap(api.GET('/api/retention/holds')),
  });
}

/** Every retention change moves the dry run: refetch it with the rest. */
function useRetentionMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }),
  });
}

export function useUpdateRetentionSettings() {
  return useRetentionMutation((input: Partial<RetentionSettings>) =>
    unwrap(api.PUT('/api/retention/settings', { body: input })),
  );
}

export function useSetLegalHold() {
  return useRetentionMutation(({ code, reason }: { code: string; reason: string }) =>
    unwrap(api.PUT('/api/retention/holds/{code}', { params: { path: { code } }, body: { reason } })),
  );
}

export function useReleaseLegalHold() {
  return useRetentionMutation((code: string) =>
    unwrap(api.DELETE('/api/retention/holds/{code}', { params: { path: { code } } })),
  );
}
