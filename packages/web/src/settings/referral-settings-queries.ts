import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { ReferralSettingsInput } from '../api/types.ts';

const referralSettingsKey = ['settings', 'referrals'] as const;

export function useReferralSettings() {
  return useQuery({
    queryKey: referralSettingsKey,
    queryFn: () => unwrap(api.GET('/api/settings/referrals')),
  });
}

export function useUpdateReferralSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralSettingsInput) =>
      unwrap(api.PATCH('/api/settings/referrals', { body: input })),
    onSuccess: (settings) => {
      queryClient.setQueryData(referralSettingsKey, settings);
      // Deadlines of open referrals and routing proposals depend on these settings.
      return queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}
