import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { ApiToken, CreatedApiToken } from '../api/types.ts';

const tokensKey = ['me', 'tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: () => api<{ tokens: ApiToken[] }>('/api/me/tokens').then((r) => r.tokens),
  });
}

export interface TokenInput {
  name: string;
  scopes: string[];
  expiresInDays?: number;
}

/** The secret comes back once, in this answer only; it is never put in the query cache. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TokenInput) =>
      api<CreatedApiToken>('/api/me/tokens', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/me/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
