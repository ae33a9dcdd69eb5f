import { createRoute, z } from '@hono/zod-openapi';
import type { ReferralAction } from '@opennrm/core/vocabulary';
import { IdParams } from '../schemas/common.ts';
import {
  Consent,
  ConsentBody,
  Inbox,
  InboxSectionParams,
  InboxSectionQuery,
  InboxSectionResponse,
  MarkReadBody,
  Message,
  MessageBody,
  Notification,
  Referral,
  ReferralDetail,
  ReferralProposal,
  ReferralSettings,
  SendReferralBody,
  TransitionBody,
  UpdateReferralSettingsBody,
} from '../schemas/referral.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const referralResponse = json(z.object({ referral: ReferralDetail }), 'The referral.');

export const proposeReferralsRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/referral-proposals',
  tags: ['referrals'],
  summary: "Recipients the country's routing rules propose for this person",
  request: { params: IdParams },
  responses: { 200: json(z.object({ proposals: z.array(ReferralProposal) }), 'Proposals.'), ...errors(404) },
});

export const listPersonReferralsRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/referrals',
  tags: ['referrals'],
  summary: "The person's referrals, newest first",
  request: { params: IdParams },
  responses: { 200: json(z.object({ referrals: z.array(Referral) }), 'Referrals.'), ...errors(404) },
});

export const sendReferralRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/referrals',
  tags: ['referrals'],
  summary: 'Send a referral (identity only with consent, the child rule or an override)',
  request: { params: IdParams, body: jsonBody(SendReferralBody) },
  responses: { 201: referralResponse, ...errors(404, 409, 413, 415, 422) },
});

export const getReferralRoute = createRoute({
  method: 'get',
  path: '/api/referrals/{id}',
  tags: ['referrals'],
  summary: 'One referral (sender, or recipient while it is open or completed)',
  request: { params: IdParams },
  responses: { 200: referralResponse, ...errors(404) },
});

function transitionRoute(action: ReferralAction, summary: string) {
  return createRoute({
    method: 'post',
    path: `/api/referrals/{id}/${action}`,
    tags: ['referrals'],
    summary,
    request: { params: IdParams, body: jsonBody(TransitionBody) },
    responses: { 200: referralResponse, ...errors(404, 409, 413, 415, 422) },
  });
}

export const acceptReferralRoute = transitionRoute('accept', 'Accept (recipient)');
export const declineReferralRoute = transitionRoute(
  'decline',
  'Decline with a reason (recipient); access ends',
);
export const completeReferralRoute = transitionRoute('complete', 'Mark done (recipient)');
export const withdrawReferralRoute = transitionRoute(
  'withdraw',
  'Withdraw (sender), any time before completion',
);

/** The route of each status change, by core's one list of them (the server registers these). */
export const referralTransitionRoutes: Readonly<Record<ReferralAction, typeof acceptReferralRoute>> = {
  accept: acceptReferralRoute,
  decline: declineReferralRoute,
  complete: completeReferralRoute,
  withdraw: withdrawReferralRoute,
};

export const listMessagesRoute = createRoute({
  method: 'get',
  path: '/api/referrals/{id}/messages',
  tags: ['referrals'],
  summary: "The referral's message thread",
  request: { params: IdParams },
  responses: {
    200: json(z.object({ messages: z.array(Message) }), 'Messages, oldest first.'),
    ...errors(404),
  },
});

export const postMessageRoute = createRoute({
  method: 'post',
  path: '/api/referrals/{id}/messages',
  tags: ['referrals'],
  summary: 'Write in the thread',
  request: { params: IdParams, body: jsonBody(MessageBody) },
  responses: { 201: json(z.object({ message: Message }), 'Posted.'), ...errors(404, 413, 415, 422) },
});

export const inboxRoute = createRoute({
  method: 'get',
  path: '/api/inbox',
  tags: ['referrals'],
  summary: "My organisation's referrals: to decide, awaiting answer, overdue, in progress, recently closed",
  responses: { 200: json(Inbox, 'The inbox.'), ...errors() },
});

export const inboxSectionRoute = createRoute({
  method: 'get',
  path: '/api/inbox/{section}',
  tags: ['referrals'],
  summary:
    'One section of the inbox, a page at a time (cursor), searchable by person code and filtered by urgency: every referral reachable',
  request: { params: InboxSectionParams, query: InboxSectionQuery },
  responses: { 200: json(InboxSectionResponse, 'A page of the section.'), ...errors() },
});

export const listConsentsRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/consents',
  tags: ['referrals'],
  summary: "The person's consents, withdrawn ones included",
  request: { params: IdParams },
  responses: { 200: json(z.object({ consents: z.array(Consent) }), 'Consents.'), ...errors(404) },
});

export const recordConsentRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/consents',
  tags: ['referrals'],
  summary: 'Record consent: to what, shared with whom, when, by what means',
  request: { params: IdParams, body: jsonBody(ConsentBody) },
  responses: { 201: json(z.object({ consent: Consent }), 'Recorded.'), ...errors(404, 413, 415, 422) },
});

export const withdrawConsentRoute = createRoute({
  method: 'post',
  path: '/api/consents/{id}/withdraw',
  tags: ['referrals'],
  summary: 'The person withdraws consent: sharing that relied on it stops',
  request: { params: IdParams },
  responses: { 204: { description: 'Withdrawn.' }, ...errors(404) },
});

export const listNotificationsRoute = createRoute({
  method: 'get',
  path: '/api/notifications',
  tags: ['referrals'],
  summary: "My organisation's notifications",
  responses: {
    200: json(z.object({ notifications: z.array(Notification), unread: z.int() }), 'Notifications.'),
    ...errors(),
  },
});

export const markNotificationsReadRoute = createRoute({
  method: 'post',
  path: '/api/notifications/read',
  tags: ['referrals'],
  summary: 'Mark notifications read',
  request: { body: jsonBody(MarkReadBody) },
  responses: { 200: json(z.object({ marked: z.int() }), 'Marked.'), ...errors(413, 415) },
});

export const getReferralSettingsRoute = createRoute({
  method: 'get',
  path: '/api/settings/referrals',
  tags: ['referrals'],
  summary: "The country's routing rules and response deadlines",
  responses: { 200: json(ReferralSettings, 'The settings.'), ...errors() },
});

export const updateReferralSettingsRoute = createRoute({
  method: 'patch',
  path: '/api/settings/referrals',
  tags: ['referrals'],
  summary: 'Change the routing rules or response deadlines',
  request: { body: jsonBody(UpdateReferralSettingsBody) },
  responses: { 200: json(ReferralSettings, 'Updated.'), ...errors(413, 415, 422) },
});
