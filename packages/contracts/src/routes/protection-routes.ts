import { createRoute, z } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  AdmitBody,
  AllocateBody,
  Allocation,
  BudgetLine,
  Cooperation,
  CreateBudgetLineBody,
  CreateFacilityBody,
  DisburseBody,
  Disbursement,
  DischargeBody,
  Facility,
  FundingQuery,
  FundingYear,
  PersonSupport,
  ProtectionSettings,
  RecordCooperationBody,
  RecordPermitBody,
  RecordReflectionBody,
  RecordReturnBody,
  RecordServiceBody,
  ReflectionPeriod,
  ResidencePermit,
  Resident,
  ReturnRecord,
  ServiceDelivery,
  ShelterBoard,
  Stay,
  UpdateFacilityBody,
  UpdateProtectionSettingsBody,
} from '../schemas/protection.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const tags = ['protection'];

export const getProtectionSettingsRoute = createRoute({
  method: 'get',
  path: '/api/protection/settings',
  tags,
  summary: 'The catalogue of service types and the default currency',
  responses: { 200: json(z.object({ settings: ProtectionSettings }), 'The settings.'), ...errors() },
});

export const updateProtectionSettingsRoute = createRoute({
  method: 'put',
  path: '/api/protection/settings',
  tags,
  summary: 'Change the catalogue of service types (administrator)',
  request: { body: jsonBody(UpdateProtectionSettingsBody) },
  responses: { 200: json(z.object({ settings: ProtectionSettings }), 'Saved.'), ...errors(413, 415, 422) },
});

export const getPersonSupportRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/support',
  tags,
  summary: "The person's support: services, cooperation, reflection, permits, returns, stays",
  request: { params: IdParams },
  responses: { 200: json(z.object({ support: PersonSupport }), 'The support records.'), ...errors(404) },
});

function personRecordRoute<B extends z.ZodType, R extends z.ZodType>(
  segment: string,
  summary: string,
  body: B,
  result: R,
  key: string,
) {
  return createRoute({
    method: 'post',
    path: `/api/persons/{id}/${segment}`,
    tags,
    summary,
    request: { params: IdParams, body: jsonBody(body) },
    responses: { 201: json(z.object({ [key]: result }), 'Recorded.'), ...errors(404, 413, 415, 422) },
  });
}

export const recordServiceRoute = personRecordRoute(
  'services',
  'Record a service delivered (never conditional on cooperation with law enforcement)',
  RecordServiceBody,
  ServiceDelivery,
  'service',
);
export const recordCooperationRoute = personRecordRoute(
  'cooperation',
  "Record the person's own choice about cooperating with law enforcement",
  RecordCooperationBody,
  Cooperation,
  'cooperation',
);
export const recordReflectionRoute = personRecordRoute(
  'reflection-periods',
  'Record a recovery and reflection period (30 days at least)',
  RecordReflectionBody,
  ReflectionPeriod,
  'reflectionPeriod',
);
export const recordPermitRoute = personRecordRoute(
  'residence-permits',
  'Record a residence permit applied for, granted or refused',
  RecordPermitBody,
  ResidencePermit,
  'residencePermit',
);
export const recordReturnRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/returns',
  tags,
  summary: 'Record a return; a deportation or removal of a victim alerts the national coordinator',
  request: { params: IdParams, body: jsonBody(RecordReturnBody) },
  responses: {
    201: json(z.object({ return: ReturnRecord, coordinatorsAlerted: z.int() }), 'Recorded.'),
    ...errors(404, 413, 415, 422),
  },
});

export const getShelterBoardRoute = createRoute({
  method: 'get',
  path: '/api/shelters',
  tags,
  summary: 'The occupancy board: facilities, national totals, providers by region',
  responses: { 200: json(z.object({ board: ShelterBoard }), 'The board.'), ...errors() },
});

export const createFacilityRoute = createRoute({
  method: 'post',
  path: '/api/shelters',
  tags,
  summary: 'Register a shelter facility (administrator)',
  request: { body: jsonBody(CreateFacilityBody) },
  responses: { 201: json(z.object({ facility: Facility }), 'Registered.'), ...errors(413, 415, 422) },
});

export const getFacilityRoute = createRoute({
  method: 'get',
  path: '/api/shelters/{id}',
  tags,
  summary: "A facility; its residents for the operator's own staff only",
  request: { params: IdParams },
  responses: {
    200: json(z.object({ facility: Facility, residents: z.array(Resident).nullable() }), 'The facility.'),
    ...errors(404),
  },
});

export const updateFacilityRoute = createRoute({
  method: 'patch',
  path: '/api/shelters/{id}',
  tags,
  summary: "Change a facility (administrator, or the operator's shelter manager)",
  request: { params: IdParams, body: jsonBody(UpdateFacilityBody) },
  responses: { 200: json(z.object({ facility: Facility }), 'Saved.'), ...errors(404, 413, 415, 422) },
});

export const revealFacilityAddressRoute = createRoute({
  method: 'post',
  path: '/api/shelters/{id}/address/reveal',
  tags,
  summary: "Where the facility is (its operator's staff and the administrator; audited)",
  request: { params: IdParams },
  responses: { 200: json(z.object({ address: z.string().nullable() }), 'The address.'), ...errors(404) },
});

export const admitRoute = createRoute({
  method: 'post',
  path: '/api/shelters/{id}/stays',
  tags,
  summary: 'Admit a person (never beyond capacity, even under concurrent admissions)',
  request: { params: IdParams, body: jsonBody(AdmitBody) },
  responses: { 201: json(z.object({ stay: Stay }), 'Admitted.'), ...errors(404, 409, 413, 415, 422) },
});

export const dischargeRoute = createRoute({
  method: 'post',
  path: '/api/shelter-stays/{id}/discharge',
  tags,
  summary: 'End a stay',
  request: { params: IdParams, body: jsonBody(DischargeBody) },
  responses: { 200: json(z.object({ stay: Stay }), 'Discharged.'), ...errors(404, 409, 413, 415, 422) },
});

export const getFundingRoute = createRoute({
  method: 'get',
  path: '/api/funding',
  tags,
  summary: "A year's budget lines, allocations and disbursements (finance and the coordinator)",
  request: { query: FundingQuery },
  responses: { 200: json(z.object({ funding: FundingYear }), 'The year.'), ...errors() },
});

export const createBudgetLineRoute = createRoute({
  method: 'post',
  path: '/api/funding/budget-lines',
  tags,
  summary: 'Add a budget line',
  request: { body: jsonBody(CreateBudgetLineBody) },
  responses: { 201: json(z.object({ line: BudgetLine }), 'Added.'), ...errors(413, 415, 422) },
});

export const allocateRoute = createRoute({
  method: 'post',
  path: '/api/funding/budget-lines/{id}/allocations',
  tags,
  summary: 'Allocate money from a line to an organisation (never more than the line holds)',
  request: { params: IdParams, body: jsonBody(AllocateBody) },
  responses: { 201: json(z.object({ allocation: Allocation }), 'Allocated.'), ...errors(404, 413, 415, 422) },
});

export const disburseRoute = createRoute({
  method: 'post',
  path: '/api/funding/allocations/{id}/disbursements',
  tags,
  summary: 'Record money paid out of an allocation',
  request: { params: IdParams, body: jsonBody(DisburseBody) },
  responses: {
    201: json(z.object({ disbursement: Disbursement }), 'Recorded.'),
    ...errors(404, 413, 415, 422),
  },
});
