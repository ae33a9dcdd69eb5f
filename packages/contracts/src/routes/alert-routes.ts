import { createRoute, z } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  AlertDetail,
  AlertListQuery,
  AlertListResponse,
  LinkPersonBody,
  Message,
  MessageBody,
  SendAlertBody,
} from '../schemas/referral.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const alertResponse = json(z.object({ alert: AlertDetail }), 'The alert.');

export const listAlertsRoute = createRoute({
  method: 'get',
  path: '/api/alerts',
  tags: ['alerts'],
  summary: 'Potential-case alerts my organisation sent or received, a page at a time',
  request: { query: AlertListQuery },
  responses: { 200: json(AlertListResponse, 'Alerts, newest first.'), ...errors() },
});

export const sendAlertRoute = createRoute({
  method: 'post',
  path: '/api/alerts',
  tags: ['alerts'],
  summary: 'Alert another body about a suspected situation (a workplace, an address, a description)',
  request: { body: jsonBody(SendAlertBody) },
  responses: { 201: alertResponse, ...errors(413, 415, 422) },
});

export const getAlertRoute = createRoute({
  method: 'get',
  path: '/api/alerts/{id}',
  tags: ['alerts'],
  summary: 'One alert with its details (the two bodies only)',
  request: { params: IdParams },
  responses: { 200: alertResponse, ...errors(404) },
});

function statusRoute(action: 'acknowledge' | 'close', summary: string) {
  return createRoute({
    method: 'post',
    path: `/api/alerts/{id}/${action}`,
    tags: ['alerts'],
    summary,
    request: { params: IdParams },
    responses: { 200: alertResponse, ...errors(404, 409) },
  });
}

export const acknowledgeAlertRoute = statusRoute('acknowledge', 'Acknowledge (the alerted body)');
export const closeAlertRoute = statusRoute('close', 'Close (either body)');

export const linkAlertPersonRoute = createRoute({
  method: 'post',
  path: '/api/alerts/{id}/persons',
  tags: ['alerts'],
  summary: 'Link a person identified in this situation',
  request: { params: IdParams, body: jsonBody(LinkPersonBody) },
  responses: { 200: alertResponse, ...errors(404, 413, 415) },
});

export const listAlertMessagesRoute = createRoute({
  method: 'get',
  path: '/api/alerts/{id}/messages',
  tags: ['alerts'],
  summary: "The alert's message thread",
  request: { params: IdParams },
  responses: {
    200: json(z.object({ messages: z.array(Message) }), 'Messages, oldest first.'),
    ...errors(404),
  },
});

export const postAlertMessageRoute = createRoute({
  method: 'post',
  path: '/api/alerts/{id}/messages',
  tags: ['alerts'],
  summary: 'Write in the alert thread',
  request: { params: IdParams, body: jsonBody(MessageBody) },
  responses: { 201: json(z.object({ message: Message }), 'Posted.'), ...errors(404, 413, 415, 422) },
});
