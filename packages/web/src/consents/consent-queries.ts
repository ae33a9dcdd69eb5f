import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { ConsentInput } from '../api/types.ts';
import { referralsKey } from '../referrals/referral-queries.ts';

export function consentsKey(personId: string) {
  return ['consents', personId] as const;
}

export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentsKey(personId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/persons/{id}/consents', { params: { path: { id: personId } }, signal })).then(
        (r) => r.consents,
      ),
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
    unwrap(api.POST('/api/persons/{id}/consents', { params: { path: { id: personId } }, body: input })),
  );
}

export function useWithdrawConsent(personId: string) {
  return useConsentMutation(personId, (consentId: string) =>
    unwrap(api.POST('/api/consents/{id}/withdraw', { params: { path: { id: consentId } } })),
  );
}
