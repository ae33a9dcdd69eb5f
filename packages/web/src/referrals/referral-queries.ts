import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { referralUrgencies, SendReferralInput } from '../api/types.ts';
import { personsKey } from '../persons/person-queries.ts';
import type { ReferralTransition } from './referral-actions.ts';

export const referralsKey = ['referrals'] as const;
export const notificationsKey = ['notifications'] as const;

/** Notes and messages may name people: like decision grounds, they do not outlive the page. */
const forget = { gcTime: 0 } as const;

/** The inbox is a work list: refreshed every minute so new referrals show without a reload. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: [...referralsKey, 'inbox'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/inbox', { signal })),
    refetchInterval: 60_000,
    enabled,
  });
}

export type InboxSectionName = 'incoming' | 'outgoing' | 'overdue' | 'inProgress' | 'recentlyClosed';
export interface InboxListFilters {
  code?: string;
  urgency?: (typeof referralUrgencies)[number];
  order?: 'asc' | 'desc';
}

/** One inbox section, a page of 20 at a time by cursor ("Load more"); the first page is counted. */
export function useInboxSection(section: InboxSectionName, filters: InboxListFilters) {
  const query = { ...filters, limit: 20 };
  return useInfiniteQuery({
    queryKey: [...referralsKey, 'inbox', section, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/inbox/{section}', {
          params: { path: { section }, query: pageParam ? { ...query, cursor: pageParam } : query },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/notifications', { signal })),
    refetchInterval: 60_000,
    enabled,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST('/api/notifications/read', { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/**
 * Opening a referral reads its updates and messages: the organisation's notifications about it
 * are marked read once the referral has loaded (so a referral the user may not open marks nothing).
 */
export function useMarkReferralRead(referralId: string, loaded: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!loaded) return;
    void unwrap(api.POST('/api/notifications/read', { body: { referralId } })).then(
      ({ marked }) => {
        if (marked === 0) return;
        void queryClient.invalidateQueries({ queryKey: notificationsKey });
        void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'inbox'] });
      },
      // Only the unread mark is lost; the referral itself is shown.
      () => undefined,
    );
  }, [referralId, loaded, queryClient]);
}

export function usePersonReferrals(personId: string, enabled = true) {
  return useQuery({
    queryKey: [...referralsKey, 'person', personId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/persons/{id}/referrals', { params: { path: { id: personId } }, signal })).then(
        (r) => r.referrals,
      ),
    enabled,
  });
}

export function useReferralProposals(personId: string, enabled = true) {
  return useQuery({
    queryKey: [...referralsKey, 'proposals', personId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/persons/{id}/referral-proposals', { params: { path: { id: personId } }, signal }),
      ).then((r) => r.proposals),
    enabled,
  });
}

/** One POST; the form sends several and reports each, so errors are returned, not thrown. */
export function sendReferral(personId: string, body: SendReferralInput) {
  return unwrap(api.POST('/api/persons/{id}/referrals', { params: { path: { id: personId } }, body }));
}

export function useReferral(id: string) {
  return useQuery({
    ...forget,
    queryKey: [...referralsKey, 'detail', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/referrals/{id}', { params: { path: { id } }, signal })),
    // 403 and 404 are answers (access ended), not hiccups worth three retries.
    retry: false,
  });
}

/** Accept, decline, complete or withdraw; every list that shows the referral is refreshed. */
export interface TransitionVariables {
  id: string;
  action: ReferralTransition;
  reason?: string;
  /** The day it happened when earlier than today; omitted: today. */
  happenedOn?: string;
}

export function useReferralTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason, happenedOn }: TransitionVariables) =>
      unwrap(
        api.POST(`/api/referrals/{id}/${action}`, {
          params: { path: { id } },
          body: {
            ...(reason?.trim() ? { reason: reason.trim() } : {}),
            ...(happenedOn ? { happenedOn } : {}),
          },
        }),
      ),
    // Also after a 409 or 403: the state changed meanwhile and the screen must show it.
    onSettled: () => refreshReferrals(queryClient),
  });
}

export function refreshReferrals(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: referralsKey }),
    queryClient.invalidateQueries({ queryKey: notificationsKey }),
    queryClient.invalidateQueries({ queryKey: personsKey }),
  ]);
}

/** Referrals and alerts have the same kind of thread, under their own path and cache key. */
export type ThreadKind = 'referrals' | 'alerts';

export function useReferralMessages(id: string, enabled = true, kind: ThreadKind = 'referrals') {
  return useQuery({
    ...forget,
    queryKey: [kind, 'messages', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET(`/api/${kind}/{id}/messages`, { params: { path: { id } }, signal })).then(
        (r) => r.messages,
      ),
    enabled,
    retry: false,
  });
}

export function usePostMessage(id: string, kind: ThreadKind = 'referrals') {
  const queryClient = useQueryClient();
  return useMutation({
    ...forget,
    mutationFn: (body: string) =>
      unwrap(api.POST(`/api/${kind}/{id}/messages`, { params: { path: { id } }, body: { body } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [kind, 'messages', id] }),
  });
}
