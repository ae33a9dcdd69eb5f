import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl, unwrap } from '../api/client.ts';
import type { Locale, ResponseOf } from '../api/types.ts';

export type ReleaseSummary = ResponseOf<'/api/statistics/releases', 'get'>['releases'][number];
export type Release = ResponseOf<'/api/statistics/releases/{id}', 'get'>['release'];
export type LabelledRevision = Release['changes'][number];
export type PublishedFigure = LabelledRevision['before'];

const releasesKey = ['statistics', 'releases'] as const;

export function useReleases() {
  return useQuery({
    queryKey: releasesKey,
    queryFn: () => unwrap(api.GET('/api/statistics/releases')).then((r) => r.releases),
  });
}

/** One release, its changed cells named in the reader's language. */
export function useRelease(id: string | null, locale: Locale) {
  return useQuery({
    queryKey: [...releasesKey, id, locale],
    queryFn: () =>
      unwrap(
        api.GET('/api/statistics/releases/{id}', { params: { path: { id: id ?? '' }, query: { locale } } }),
      ).then((r) => r.release),
    enabled: id !== null,
  });
}

export function usePublishRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; locales: Locale[]; reason?: string }) =>
      unwrap(api.POST('/api/statistics/releases', { body: input })).then((r) => r.release),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: releasesKey }),
  });
}

/** A plain link: the browser downloads the stored file with the session cookie. */
export function releaseFileUrl(id: string, name: string): string {
  return buildUrl(`/api/statistics/releases/${encodeURIComponent(id)}/files/${encodeURIComponent(name)}`);
}
