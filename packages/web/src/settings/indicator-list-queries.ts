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

export interface VerifyListInput {
  key: string;
  version: number;
  document: string;
  page: string | null;
  note: string | null;
  flaggedItemsChecked: boolean;
}

/** Records that a version was checked against a document; every cached list is read again. */
export function useVerifyIndicatorList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version, ...body }: VerifyListInput) =>
      unwrap(
        api.POST('/api/indicator-lists/{key}/versions/{version}/verification', {
          params: { path: { key, version } },
          body,
        }),
      ).then((r) => r.list),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicator-lists'] }),
  });
}
