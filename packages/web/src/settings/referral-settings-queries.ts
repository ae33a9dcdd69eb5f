import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { ReferralSettings, ReferralSettingsInput } from '../api/types.ts';

const referralSettingsKey = ['settings', 'referrals'] as const;

export function useReferralSettings() {
  return useQuery({
    queryKey: referralSettingsKey,
    queryFn: () => api<ReferralSettings>('/api/settings/referrals'),
  });
}

export function useUpdateReferralSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralSettingsInput) =>
      api<ReferralSettings>('/api/settings/referrals', { method: 'PATCH', body: input }),
    onSuccess: (settings) => {
      queryClient.setQueryData(referralSettingsKey, settings);
      // Deadlines of open referrals and routing proposals depend on these settings.
      return queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}
