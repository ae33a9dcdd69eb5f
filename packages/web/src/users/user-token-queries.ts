import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { ApiToken } from '../api/types.ts';
import { usersKey } from './user-queries.ts';

const tokensOf = (userId: string) => [...usersKey, 'tokens', userId] as const;

/** Another user's tokens, for the administrator (never the secrets). */
export function useUserTokens(userId: string) {
  return useQuery({
    queryKey: tokensOf(userId),
    queryFn: () => api<{ tokens: ApiToken[] }>(`/api/users/${userId}/api-tokens`).then((r) => r.tokens),
  });
}

export function useRevokeUserTokens(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ revoked: number }>(`/api/users/${userId}/api-tokens`, { method: 'DELETE' }).then(
        (r) => r.revoked,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensOf(userId) }),
  });
}
