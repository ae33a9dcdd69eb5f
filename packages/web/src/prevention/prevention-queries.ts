import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/generated/openapi.d.ts';

type Schemas = components['schemas'];
export type RecordAwarenessInput = Schemas['RecordAwareness'];
export type RecordTrainingInput = Schemas['RecordTraining'];
export type RecordHotlineContactInput = Schemas['RecordHotlineContact'];
export type ReportProgressInput = Schemas['ReportProgress'];
export type SetRecommendationStatusInput = Schemas['SetRecommendationStatus'];

/** The configured cities and districts: they change rarely, so one fetch per session is enough. */
export function usePreventionPlaces() {
  return useQuery({
    queryKey: ['prevention', 'places'],
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) => unwrap(api.GET('/api/prevention/places', { signal })).then((r) => r.places),
  });
}

export function useAwarenessActivities() {
  return useQuery({
    queryKey: ['prevention', 'awareness'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/prevention/awareness', { signal })).then((r) => r.activities),
  });
}

export function useRecordAwareness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAwarenessInput) => unwrap(api.POST('/api/prevention/awareness', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prevention', 'awareness'] }),
  });
}

export type AwarenessView = NonNullable<ReturnType<typeof useAwarenessActivities>['data']>[number];

/** A correction of the body's own entry; the server audits which fields changed. */
export function useCorrectAwareness() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RecordAwarenessInput & { id: string }) =>
      unwrap(api.PUT('/api/prevention/awareness/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prevention', 'awareness'] }),
  });
}

export function useTrainings() {
  return useQuery({
    queryKey: ['prevention', 'trainings'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/prevention/trainings', { signal })).then((r) => r.trainings),
  });
}

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordTrainingInput) => unwrap(api.POST('/api/prevention/trainings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['prevention', 'trainings'] }),
  });
}

/** The hotline's contacts: never the caller's identity (the list does not carry it). */
export function useHotlineContacts() {
  return useQuery({
    queryKey: ['hotline', 'contacts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/hotline/contacts', { signal })).then((r) => r.contacts),
  });
}

export function useRecordHotlineContact() {
  const queryClient = useQueryClient();
  return useMutation({
    // The answer echoes the sealed fields just typed: it is not kept in any cache.
    gcTime: 0,
    mutationFn: (body: RecordHotlineContactInput) => unwrap(api.POST('/api/hotline/contacts', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hotline', 'contacts'] }),
  });
}

export type CorrectHotlineContactInput = Schemas['CorrectHotlineContact'];

/** A correction of the contact's choices and links; the sealed caller and notes stay as they were. */
export function useCorrectHotlineContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: CorrectHotlineContactInput & { id: string }) =>
      unwrap(api.PUT('/api/hotline/contacts/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hotline', 'contacts'] }),
  });
}

/** One contact with the caller's identity and notes: the server audits it; not cached. */
export function useOpenHotlineContact() {
  return useMutation({
    gcTime: 0,
    mutationFn: (id: string) => unwrap(api.GET('/api/hotline/contacts/{id}', { params: { path: { id } } })),
  });
}

export function useActionPlans() {
  return useQuery({
    queryKey: ['action-plans'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/action-plans', { signal })).then((r) => r.plans),
  });
}

export function useActionPlan(id: string | undefined) {
  return useQuery({
    enabled: Boolean(id),
    queryKey: ['action-plans', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/action-plans/{id}', { params: { path: { id: id ?? '' } }, signal })),
  });
}

export type ActionPlanDetail = NonNullable<ReturnType<typeof useActionPlan>['data']>;

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, ...body }: ReportProgressInput & { activityId: string }) =>
      unwrap(api.POST('/api/plan-activities/{id}/progress', { params: { path: { id: activityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-plans'] }),
  });
}

export function useRecommendations() {
  return useQuery({
    queryKey: ['recommendations'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/recommendations', { signal })).then((r) => r.recommendations),
  });
}

export type RecommendationView = NonNullable<ReturnType<typeof useRecommendations>['data']>[number];

export function useSetRecommendationStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: SetRecommendationStatusInput & { id: string }) =>
      unwrap(api.POST('/api/recommendations/{id}/status', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}
