import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Consent, ConsentInput } from '../api/types.ts';
import { referralsKey } from '../referrals/referral-queries.ts';

export function consentsKey(personId: string) {
  return ['consents', personId] as const;
}

export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentsKey(personId),
    queryFn: ({ signal }) =>
      api<{ consents: Consent[] }>(`/api/persons/${personId}/consents`, { signal }).then((r) => r.consents),
  });
}

/** A new or withdrawn consent changes what referrals may carry: proposals and lists refresh too. */
function useConsentMutation<I, O>(personId: string, request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consentsKey(personId) }),
        queryClient.invalidateQueries({ queryKey: referralsKey }),
      ]),
  });
}

export function useRecordConsent(personId: string) {
  return useConsentMutation(personId, (input: ConsentInput) =>
    api<{ consent: Consent }>(`/api/persons/${personId}/consents`, { method: 'POST', body: input }),
  );
}

export function useWithdrawConsent(personId: string) {
  return useConsentMutation(personId, (consentId: string) =>
    api<void>(`/api/consents/${consentId}/withdraw`, { method: 'POST' }),
  );
}
