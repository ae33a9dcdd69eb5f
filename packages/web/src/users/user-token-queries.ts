import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import { usersKey } from './user-queries.ts';

const tokensOf = (userId: string) => [...usersKey, 'tokens', userId] as const;

/** Another user's tokens, for the administrator (never the secrets). */
export function useUserTokens(userId: string) {
  return useQuery({
    queryKey: tokensOf(userId),
    queryFn: () =>
      unwrap(api.GET('/api/users/{id}/api-tokens', { params: { path: { id: userId } } })).then(
        (r) => r.tokens,
      ),
  });
}

export function useRevokeUserTokens(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/users/{id}/api-tokens', { params: { path: { id: userId } } })).then(
        (r) => r.revoked,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensOf(userId) }),
  });
}
