import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { StatisticsSettings, StatisticsSettingsInput } from '../api/types.ts';

const statisticsSettingsKey = ['settings', 'statistics'] as const;

export function useStatisticsSettings() {
  return useQuery({
    queryKey: statisticsSettingsKey,
    queryFn: () => api<StatisticsSettings>('/api/settings/statistics'),
  });
}

export function useUpdateStatisticsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StatisticsSettingsInput) =>
      api<StatisticsSettings>('/api/settings/statistics', { method: 'PATCH', body: input }),
    onSuccess: (settings) => {
      queryClient.setQueryData(statisticsSettingsKey, settings);
      // The published report suppresses by the threshold: figures already fetched are stale.
      return queryClient.invalidateQueries({ queryKey: ['statistics'] });
    },
  });
}
