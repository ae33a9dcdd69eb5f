import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { IndicatorListInput } from '../api/types.ts';

/** Loads a country's own indicator list; the server assigns the next version. */
export function useLoadIndicatorList() {
  const queryClient = useQueryClient();
  return useMutation({
    // The body is a file the user chose, parsed as is: the server validates it and says what
    // is wrong, so the browser does not pretend to know its shape.
    mutationFn: (body: Record<string, unknown>) =>
      unwrap(api.POST('/api/indicator-lists', { body: body as IndicatorListInput })).then((r) => r.list),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicator-lists'] }),
  });
}
