import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { IndicatorListRecord } from '../api/types.ts';

/** Loads a country's own indicator list; the server assigns the next version. */
export function useLoadIndicatorList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<{ list: IndicatorListRecord }>('/api/indicator-lists', { method: 'POST', body }).then(
        (r) => r.list,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicator-lists'] }),
  });
}
