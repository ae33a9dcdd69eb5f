import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { StatisticsSettingsInput } from '../api/types.ts';

const statisticsSettingsKey = ['settings', 'statistics'] as const;

export function useStatisticsSettings() {
  return useQuery({
    queryKey: statisticsSettingsKey,
    queryFn: () => unwrap(api.GET('/api/settings/statistics')),
  });
}

export function useUpdateStatisticsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StatisticsSettingsInput) =>
      unwrap(api.PATCH('/api/settings/statistics', { body: input })),
    onSuccess: (settings) => {
      queryClient.setQueryData(statisticsSettingsKey, settings);
      // The published report suppresses by the threshold: figures already fetched are stale.
      return queryClient.invalidateQueries({ queryKey: ['statistics'] });
    },
  });
}
