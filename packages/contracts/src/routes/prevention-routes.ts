import { createRoute, z } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  AwarenessActivity,
  CorrectHotlineContactBody,
  HotlineContact,
  HotlineContactDetail,
  OfficialTraining,
  OversightActivity,
  PreventionListQuery,
  PreventionPlace,
  RecordAwarenessBody,
  RecordHotlineContactBody,
  RecordOversightBody,
  RecordTrainingBody,
  SetPreventionPlacesBody,
} from '../schemas/prevention.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const places = json(z.object({ places: z.array(PreventionPlace) }), 'The cities and districts, by region.');

export const listPreventionPlacesRoute = createRoute({
  method: 'get',
  path: '/api/prevention/places',
  tags: ['prevention'],
  summary: 'The configured cities and districts where prevention work is recorded',
  responses: { 200: places, ...errors() },
});

export const setPreventionPlacesRoute = createRoute({
  method: 'put',
  path: '/api/prevention/places',
  tags: ['prevention'],
  summary: 'Replace the list of cities and districts (administrator)',
  request: { body: jsonBody(SetPreventionPlacesBody) },
  responses: { 200: places, ...errors(413, 415, 422) },
});

function listAndRecord<L extends z.ZodType, B extends z.ZodType>(
  path: string,
  name: string,
  item: L,
  body: B,
  summaries: [string, string],
) {
  return [
    createRoute({
      method: 'get',
      path,
      tags: ['prevention'],
      summary: summaries[0],
      request: { query: PreventionListQuery },
      responses: { 200: json(z.object({ [name]: z.array(item) }), 'Newest first.'), ...errors() },
    }),
    createRoute({
      method: 'post',
      path,
      tags: ['prevention'],
      summary: summaries[1],
      request: { body: jsonBody(body) },
      responses: { 201: json(item, 'Recorded.'), ...errors(413, 415, 422) },
    }),
  ] as const;
}

export const [listAwarenessRoute, recordAwarenessRoute] = listAndRecord(
  '/api/prevention/awareness',
  'activities',
  AwarenessActivity,
  RecordAwarenessBody,
  ['Awareness-raising activities (own body; the coordinator: all)', 'Record an awareness-raising activity'],
);
export const [listTrainingsRoute, recordTrainingRoute] = listAndRecord(
  '/api/prevention/trainings',
  'trainings',
  OfficialTraining,
  RecordTrainingBody,
  ['Trainings of officials (own body; the coordinator: all)', 'Record a training of officials'],
);
export const [listOversightRoute, recordOversightRoute] = listAndRecord(
  '/api/prevention/oversight',
  'activities',
  OversightActivity,
  RecordOversightBody,
  [
    'Demand reduction and recruitment oversight (own body; the coordinator: all)',
    'Record an inspection or a demand-reduction measure',
  ],
);
export const [listHotlineContactsRoute, recordHotlineContactRoute] = [
  createRoute({
    method: 'get',
    path: '/api/hotline/contacts',
    tags: ['hotline'],
    summary: "Contacts of my organisation's hotline, newest first (no caller identity)",
    request: { query: PreventionListQuery },
    responses: { 200: json(z.object({ contacts: z.array(HotlineContact) }), 'Newest first.'), ...errors() },
  }),
  createRoute({
    method: 'post',
    path: '/api/hotline/contacts',
    tags: ['hotline'],
    summary: 'Record a hotline contact (the caller identity only if given: sealed)',
    request: { body: jsonBody(RecordHotlineContactBody) },
    responses: { 201: json(HotlineContactDetail, 'Recorded.'), ...errors(404, 413, 415, 422) },
  }),
] as const;

export const correctAwarenessRoute = createRoute({
  method: 'put',
  path: '/api/prevention/awareness/{id}',
  tags: ['prevention'],
  summary: 'Correct a mistaken awareness activity of my body (audited)',
  request: { params: IdParams, body: jsonBody(RecordAwarenessBody) },
  responses: { 200: json(AwarenessActivity, 'Corrected.'), ...errors(404, 413, 415, 422) },
});

export const correctHotlineContactRoute = createRoute({
  method: 'put',
  path: '/api/hotline/contacts/{id}',
  tags: ['hotline'],
  summary: "Correct a contact's choices and links (the sealed caller and notes stay; audited)",
  request: { params: IdParams, body: jsonBody(CorrectHotlineContactBody) },
  responses: { 200: json(HotlineContact, 'Corrected.'), ...errors(404, 413, 415, 422) },
});

export const getHotlineContactRoute = createRoute({
  method: 'get',
  path: '/api/hotline/contacts/{id}',
  tags: ['hotline'],
  summary: 'One contact of my hotline, with the caller identity and notes (audited)',
  request: { params: IdParams },
  responses: { 200: json(HotlineContactDetail, 'The contact.'), ...errors(404) },
});
