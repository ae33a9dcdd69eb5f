import { createRoute, z } from '@hono/zod-openapi';
import { IdParams, Uuid } from '../schemas/common.ts';
import {
  AddDefendantBody,
  AdministrativeMeasureRecord,
  CaseListQuery,
  CaseListResponse,
  CaseVictim,
  CompensationPayment,
  CriminalCaseDetail,
  Defendant,
  DefendantStageRecord,
  LinkCaseAlertBody,
  LinkCaseVictimBody,
  OpenCaseBody,
  ProsecutionOptions,
  RecordMeasureBody,
  RecordPaymentBody,
  RecordPenaltyBody,
  RecordStageBody,
  SentenceBands,
  UpdateCaseBody,
  UpdateSentenceBandsBody,
  VictimPenaltyRecord,
} from '../schemas/prosecution.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const tags = ['criminal cases'];
const caseResponse = json(CriminalCaseDetail, 'The case with its defendants, stages and victims.');
/** A case the change put into the complicity compartment, which the author may not read. */
const CaseHandedOver = z
  .object({ handedOver: z.literal(true) })
  .strict()
  .openapi('CaseHandedOver');
const handedOver = json(
  CaseHandedOver,
  'Done, and the case is now in the complicity compartment, which you may not read: the integrity unit holds it. Nothing of it is returned, not even its id.',
);
const DefendantParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  defendantId: Uuid.openapi({ param: { name: 'defendantId', in: 'path' } }),
});

export const listCasesRoute = createRoute({
  method: 'get',
  path: '/api/cases',
  tags,
  summary:
    'Criminal cases I may read (complicity cases only for the integrity unit and the assigned prosecutor)',
  request: { query: CaseListQuery },
  responses: {
    200: json(CaseListResponse, 'A page of cases, latest opened first, and the total.'),
    ...errors(),
  },
});

export const openCaseRoute = createRoute({
  method: 'post',
  path: '/api/cases',
  tags,
  summary: 'Open a criminal case',
  request: { body: jsonBody(OpenCaseBody) },
  responses: { 201: caseResponse, 202: handedOver, ...errors(413, 415, 422) },
});

export const prosecutionOptionsRoute = createRoute({
  method: 'get',
  path: '/api/cases/options',
  tags,
  summary: "The country's articles, sentence bands and the prosecutors a case may be assigned to",
  responses: { 200: json(ProsecutionOptions, 'Options of the case form.'), ...errors() },
});

export const updateSentenceBandsRoute = createRoute({
  method: 'put',
  path: '/api/cases/options/sentence-bands',
  tags,
  summary: "Set the country's prison-term bands of the report (configuration holders)",
  request: { body: jsonBody(UpdateSentenceBandsBody) },
  responses: {
    200: json(z.strictObject({ sentenceBands: SentenceBands }), 'The bands now in force.'),
    ...errors(413, 415, 422),
  },
});

export const getCaseRoute = createRoute({
  method: 'get',
  path: '/api/cases/{id}',
  tags,
  summary: 'One case (every read audited)',
  request: { params: IdParams },
  responses: { 200: caseResponse, ...errors(404) },
});

export const updateCaseRoute = createRoute({
  method: 'patch',
  path: '/api/cases/{id}',
  tags,
  summary: 'Change a case (compare-and-set on its version)',
  request: { params: IdParams, body: jsonBody(UpdateCaseBody) },
  responses: { 200: caseResponse, 202: handedOver, ...errors(404, 409, 413, 415, 422) },
});

export const linkCaseVictimRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/victims',
  tags,
  summary: 'Link a victim (a person I may contribute to), or change their part in the case',
  request: { params: IdParams, body: jsonBody(LinkCaseVictimBody) },
  responses: { 200: json(z.object({ victim: CaseVictim }), 'The link.'), ...errors(404, 413, 415, 422) },
});

export const linkCaseAlertRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/alerts',
  tags,
  summary: 'Link a potential-case alert my organisation is a party to',
  request: { params: IdParams, body: jsonBody(LinkCaseAlertBody) },
  responses: { 200: caseResponse, ...errors(404, 409, 413, 415) },
});

export const addDefendantRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/defendants',
  tags,
  summary:
    'Add a suspect (a person or a company); a public official puts the case in the complicity compartment',
  request: { params: IdParams, body: jsonBody(AddDefendantBody) },
  responses: {
    201: json(z.object({ defendant: Defendant }), 'The defendant.'),
    ...errors(404, 413, 415, 422),
  },
});

export const recordStageRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/defendants/{defendantId}/stages',
  tags,
  summary: "Record a defendant's next stage on the day it happened",
  request: { params: DefendantParams, body: jsonBody(RecordStageBody) },
  responses: {
    201: json(z.object({ defendant: Defendant, stage: DefendantStageRecord }), 'The stage.'),
    ...errors(404, 409, 413, 415, 422),
  },
});

export const revealDefendantRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/defendants/{defendantId}/reveal',
  tags,
  summary: "Reveal a defendant's name (audited)",
  request: { params: DefendantParams },
  responses: { 200: json(z.object({ name: z.string() }), 'The name.'), ...errors(404) },
});

export const recordMeasureRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/defendants/{defendantId}/measures',
  tags,
  summary: 'Record an administrative measure (dismissal, suspension) against an official',
  request: { params: DefendantParams, body: jsonBody(RecordMeasureBody) },
  responses: {
    201: json(z.object({ measure: AdministrativeMeasureRecord }), 'The measure.'),
    ...errors(404, 413, 415, 422),
  },
});

export const recordPaymentRoute = createRoute({
  method: 'post',
  path: '/api/cases/{id}/defendants/{defendantId}/payments',
  tags,
  summary: 'Record compensation paid to the victims under the sentence, on the day it was paid',
  request: { params: DefendantParams, body: jsonBody(RecordPaymentBody) },
  responses: {
    201: json(z.object({ defendant: Defendant, payment: CompensationPayment }), 'The payment.'),
    ...errors(404, 409, 413, 415, 422),
  },
});

export const listPenaltiesRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/penalties',
  tags: ['persons'],
  summary: 'Penalties the victim suffered for what they were compelled to do (non-punishment)',
  request: { params: IdParams },
  responses: {
    200: json(z.object({ penalties: z.array(VictimPenaltyRecord) }), 'Oldest first.'),
    ...errors(404),
  },
});

export const recordPenaltyRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/penalties',
  tags: ['persons'],
  summary: 'Record that the victim was arrested, fined, prosecuted or deported',
  request: { params: IdParams, body: jsonBody(RecordPenaltyBody) },
  responses: {
    201: json(z.object({ penalty: VictimPenaltyRecord }), 'Recorded.'),
    ...errors(404, 413, 415, 422),
  },
});
