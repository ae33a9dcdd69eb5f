import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { IdentificationSettings, IdentificationSettingsInput } from '../api/types.ts';

const settingsKey = ['settings', 'identification'] as const;

export function useIdentificationSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api<IdentificationSettings>('/api/settings/identification'),
  });
}

export function useUpdateIdentificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IdentificationSettingsInput) =>
      api<IdentificationSettings>('/api/settings/identification', { method: 'PATCH', body: input }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // Due dates of persons depend on the working days and holidays.
      return queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
