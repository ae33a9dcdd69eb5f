import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/generated/openapi.d.ts';
import type { QueryOf } from '../api/types.ts';

type Schemas = components['schemas'];

export const casesKey = ['cases'] as const;
export type CaseListFilter = QueryOf<'/api/cases'>;
export type CaseDetail = Schemas['CriminalCaseDetail'];
export type CaseDefendant = Schemas['Defendant'];
export type CaseStage = Schemas['DefendantStageRecord'];
export type CaseSummary = Schemas['CriminalCaseSummary'];
export type CaseSentence = NonNullable<Schemas['Sentence']>;
export type CaseOpenInput = Schemas['OpenCase'];

/** A case page may name victims and officials: like referral notes, it does not outlive the page. */
const forget = { gcTime: 0 } as const;

export function useCases(filter: CaseListFilter) {
  return useQuery({
    queryKey: [...casesKey, 'list', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases', { params: { query: filter }, signal })),
    // The previous page stays on screen while the next loads: no jump to an empty table.
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    ...forget,
    queryKey: [...casesKey, 'detail', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}', { params: { path: { id } }, signal })),
    // 404 is an answer (a case this user may not know of), not a hiccup worth three retries.
    retry: false,
  });
}

/** The articles and prosecutors of the case form; only those who may open cases get them. */
export function useCaseOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...casesKey, 'options'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/options', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn: (body: Schemas['OpenCase']) => unwrap(api.POST('/api/cases', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKey }),
  });
}

/** Every change to a case reloads it (and the list): the server's answer is the only truth. */
function useCaseChange<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKey }),
  });
}

export function useAddDefendant(caseId: string) {
  return useCaseChange((body: Schemas['AddDefendant']) =>
    unwrap(api.POST('/api/cases/{id}/defendants', { params: { path: { id: caseId } }, body })),
  );
}

export function useRecordStage(caseId: string, defendantId: string) {
  return useCaseChange((body: Schemas['RecordStage']) =>
    unwrap(
      api.POST('/api/cases/{id}/defendants/{defendantId}/stages', {
        params: { path: { id: caseId, defendantId } },
        body,
      }),
    ),
  );
}

export function useRecordMeasure(caseId: string, defendantId: string) {
  return useCaseChange((body: Schemas['RecordMeasure']) =>
    unwrap(
      api.POST('/api/cases/{id}/defendants/{defendantId}/measures', {
        params: { path: { id: caseId, defendantId } },
        body,
      }),
    ),
  );
}

export function useRecordPayment(caseId: string, defendantId: string) {
  return useCaseChange((body: Schemas['RecordPayment']) =>
    unwrap(
      api.POST('/api/cases/{id}/defendants/{defendantId}/payments', {
        params: { path: { id: caseId, defendantId } },
        body,
      }),
    ),
  );
}

export function useLinkVictim(caseId: string) {
  return useCaseChange((body: Schemas['LinkCaseVictim']) =>
    unwrap(api.POST('/api/cases/{id}/victims', { params: { path: { id: caseId } }, body })),
  );
}

/** Each showing of a name is audited on the server; the name stays in this component only. */
export function useRevealDefendant(caseId: string, defendantId: string) {
  return useMutation({
    ...forget,
    mutationFn: () =>
      unwrap(
        api.POST('/api/cases/{id}/defendants/{defendantId}/reveal', {
          params: { path: { id: caseId, defendantId } },
        }),
      ).then((r) => r.name),
  });
}
