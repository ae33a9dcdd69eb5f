import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl, unwrap } from '../api/client.ts';
import type { Locale, ResponseOf } from '../api/types.ts';

export type SubmissionKey = 'tip' | 'greta' | 'glotip';
export type FilledSubmission = ResponseOf<'/api/country-report/submissions/{template}', 'get'>;
export type CountryNarrative = ResponseOf<'/api/country-report/narrative', 'get'>;
export type CountryAssessment = ResponseOf<'/api/country-report/assessment', 'get'>;
export type Verdict = CountryAssessment['criteria'][number]['verdict'];

const key = ['country-report'] as const;

export function useSubmission(template: SubmissionKey, year: number) {
  return useQuery({
    queryKey: [...key, 'submission', template, year],
    queryFn: () =>
      unwrap(
        api.GET('/api/country-report/submissions/{template}', {
          params: { path: { template }, query: { year } },
        }),
      ),
  });
}

export function useNarrative(year: number, locale: Locale) {
  return useQuery({
    queryKey: [...key, 'narrative', year, locale],
    queryFn: () => unwrap(api.GET('/api/country-report/narrative', { params: { query: { year, locale } } })),
  });
}

export function useSaveNarrativeEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      part: CountryNarrative['parts'][number]['part'];
      year: number;
      locale: Locale;
      text: string;
      version: number;
    }) => {
      const { part, ...body } = input;
      return unwrap(api.PUT('/api/country-report/narrative/{part}', { params: { path: { part } }, body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'narrative'] }),
  });
}

export function useAssessment(year: number, locale: Locale) {
  return useQuery({
    queryKey: [...key, 'assessment', year, locale],
    queryFn: () => unwrap(api.GET('/api/country-report/assessment', { params: { query: { year, locale } } })),
  });
}

export function useSaveCriterionAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      criterion: string;
      year: number;
      verdict: Verdict;
      notes: string;
      version: number;
    }) => {
      const { criterion, ...body } = input;
      return unwrap(
        api.PUT('/api/country-report/assessment/{criterion}', { params: { path: { criterion } }, body }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'assessment'] }),
  });
}

/** Plain links: the browser downloads the file with the session cookie. */
export function submissionXlsxUrl(template: SubmissionKey, year: number): string {
  return buildUrl(`/api/country-report/submissions/${template}/xlsx`, { year });
}

export function narrativeFileUrl(format: 'docx' | 'pdf', year: number, locale: Locale): string {
  return buildUrl(`/api/country-report/narrative/${format}`, { year, locale });
}

export type CountryReportDocument = SubmissionKey | 'narrative';
export type CountryReportRelease = ResponseOf<'/api/country-report/releases', 'get'>['releases'][number];

export function useCountryReportReleases(year: number) {
  return useQuery({
    queryKey: [...key, 'releases', year],
    queryFn: () => unwrap(api.GET('/api/country-report/releases', { params: { query: { year } } })),
  });
}

export function useReleaseCountryReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { document: CountryReportDocument; year: number; reason?: string }) =>
      unwrap(api.POST('/api/country-report/releases', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'releases'] }),
  });
}

export function releaseFileUrl(id: string, name: string): string {
  return buildUrl(`/api/country-report/releases/${id}/files/${encodeURIComponent(name)}`);
}
