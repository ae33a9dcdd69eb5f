import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { IdentificationSettingsInput } from '../api/types.ts';

const settingsKey = ['settings', 'identification'] as const;

export function useIdentificationSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => unwrap(api.GET('/api/settings/identification')),
  });
}

export function useUpdateIdentificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IdentificationSettingsInput) =>
      unwrap(api.PATCH('/api/settings/identification', { body: input })),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // Due dates of persons depend on the working days and holidays.
      return queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
