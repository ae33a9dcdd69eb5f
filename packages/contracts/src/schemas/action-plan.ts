import { z } from '@hono/zod-openapi';
import {
  evaluationKinds,
  progressStatuses,
  recommendationSources,
  recommendationStatuses,
  trainedBodyTypes,
} from '@opennrm/core/vocabulary';
import { Timestamp, text, Uuid } from './common.ts';
import { IsoDate } from './person.ts';

const Year = z.number().int().min(1990).max(2100);
const Code = z.string().regex(/^[a-z0-9_.-]{1,80}$/i);

export const EvidenceLink = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('statistic'),
      tableKey: Code,
      row: Code.optional(),
      column: Code.optional(),
    }),
    z.strictObject({
      kind: z.literal('record'),
      recordType: z.enum(['awareness_activity', 'training', 'oversight_activity', 'plan_activity']),
      id: Uuid,
    }),
    z.strictObject({ kind: z.literal('document'), url: z.url().max(500), label: text(200) }),
  ])
  .openapi('EvidenceLink');

export const ActionPlan = z
  .object({
    id: Uuid,
    title: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    adoptedOn: IsoDate.nullable(),
    createdAt: Timestamp,
  })
  .openapi('ActionPlan');
export const CreateActionPlanBody = z
  .strictObject({
    title: text(300),
    startYear: Year,
    endYear: Year,
    adoptedOn: IsoDate.nullable().optional(),
  })
  .openapi('CreateActionPlan');

export const PlanObjective = z
  .object({ id: Uuid, planId: Uuid, code: z.string(), title: z.string() })
  .openapi('PlanObjective');
export const AddObjectiveBody = z.strictObject({ code: text(20), title: text(300) }).openapi('AddObjective');

export const PlanActivity = z
  .object({
    id: Uuid,
    planId: Uuid,
    objectiveId: Uuid,
    code: z.string(),
    title: z.string(),
    responsibleOrganisationId: Uuid,
    partnerOrganisationIds: z.array(Uuid),
    deadline: IsoDate,
    budgetAmount: z.number().nullable(),
    budgetCurrency: z.string().nullable(),
    completedOn: IsoDate.nullable(),
    /** Body types whose officials the activity requires to be trained. */
    trainingBodyTypes: z.array(z.enum(trainedBodyTypes)),
    standing: z.enum(['done', 'late', 'on_time']),
    mayReport: z.boolean(),
  })
  .openapi('PlanActivity');
export const AddActivityBody = z
  .strictObject({
    objectiveId: Uuid,
    code: text(20),
    title: text(500),
    responsibleOrganisationId: Uuid,
    partnerOrganisationIds: z.array(Uuid).max(50).optional(),
    trainingBodyTypes: z.array(z.enum(trainedBodyTypes)).max(trainedBodyTypes.length).optional(),
    deadline: IsoDate,
    budgetAmount: z.number().min(0).max(1e13).nullable().optional(),
    budgetCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .optional(),
  })
  .openapi('AddActivity');

const IndicatorSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('entered'), note: text(300, 0) }),
  z.strictObject({ kind: z.literal('computed'), tableKey: Code, row: Code, column: Code.optional() }),
]);
const YearNumbers = z.record(z.string().regex(/^\d{4}$/), z.number());
export const PlanIndicator = z
  .object({
    id: Uuid,
    planId: Uuid,
    activityId: Uuid.nullable(),
    name: z.string(),
    unit: z.string(),
    source: IndicatorSource,
    baseline: z.number().nullable(),
    baselineYear: z.number().int().nullable(),
    direction: z.enum(['at_least', 'at_most']),
    targets: YearNumbers,
    /** Per year of the plan so far: entered, or computed from the records now (null: none). */
    yearValues: z.record(z.string(), z.number().nullable()),
    standing: z.record(z.string(), z.enum(['on_target', 'off_target', 'unknown'])),
  })
  .openapi('PlanIndicator');
export const AddIndicatorBody = z
  .strictObject({
    activityId: Uuid.nullable().optional(),
    name: text(300),
    unit: text(60),
    source: IndicatorSource,
    baseline: z.number().nullable().optional(),
    baselineYear: Year.nullable().optional(),
    direction: z.enum(['at_least', 'at_most']).optional(),
    targets: YearNumbers.optional(),
  })
  .openapi('AddIndicator');
export const IndicatorValueBody = z
  .strictObject({ year: Year, value: z.number().min(-1e13).max(1e13) })
  .openapi('IndicatorValue');

export const ProgressReport = z
  .object({
    id: Uuid,
    activityId: Uuid,
    year: z.number().int(),
    status: z.enum(progressStatuses),
    narrative: z.string(),
    evidence: z.array(EvidenceLink),
    organisationId: Uuid,
    reportedOn: IsoDate,
    createdAt: Timestamp,
  })
  .openapi('ProgressReport');
export const ReportProgressBody = z
  .strictObject({
    year: Year,
    status: z.enum(progressStatuses),
    narrative: text(5000, 0).optional(),
    evidence: z.array(EvidenceLink).max(50).optional(),
    reportedOn: IsoDate.optional(),
  })
  .openapi('ReportProgress');

export const PlanEvaluation = z
  .object({
    id: Uuid,
    planId: Uuid,
    kind: z.enum(evaluationKinds),
    evaluator: z.string(),
    completedOn: IsoDate,
    findings: z.string(),
    createdAt: Timestamp,
  })
  .openapi('PlanEvaluation');
export const RecordEvaluationBody = z
  .strictObject({
    kind: z.enum(evaluationKinds),
    evaluator: text(300),
    completedOn: IsoDate,
    findings: text(10_000),
  })
  .openapi('RecordEvaluation');

export const ActionPlanDetail = z
  .object({
    plan: ActionPlan,
    today: IsoDate,
    objectives: z.array(PlanObjective),
    activities: z.array(PlanActivity),
    indicators: z.array(PlanIndicator),
    reports: z.array(ProgressReport),
    evaluations: z.array(PlanEvaluation),
    overview: z.object({
      late: z.array(Uuid),
      offTarget: z.array(z.object({ indicatorId: Uuid, year: z.number().int() })),
      notReported: z.array(
        z.object({ organisationId: Uuid, year: z.number().int(), activityIds: z.array(Uuid) }),
      ),
    }),
  })
  .openapi('ActionPlanDetail');

export const RecommendationYear = z
  .object({
    year: z.number().int(),
    status: z.enum(recommendationStatuses),
    actions: z.string(),
    evidence: z.array(EvidenceLink),
    updatedAt: Timestamp,
  })
  .openapi('RecommendationYear');
export const Recommendation = z
  .object({
    id: Uuid,
    source: z.enum(recommendationSources),
    sourceYear: z.number().int(),
    sourceReference: z.string(),
    number: z.number().int(),
    text: z.string(),
    responsibleOrganisationIds: z.array(Uuid),
    years: z.array(RecommendationYear),
    mayUpdate: z.boolean(),
    createdAt: Timestamp,
  })
  .openapi('Recommendation');
export const AddRecommendationBody = z
  .strictObject({
    source: z.enum(recommendationSources),
    sourceYear: Year,
    sourceReference: text(100),
    number: z.number().int().min(1).max(1000),
    text: text(5000),
    responsibleOrganisationIds: z.array(Uuid).max(50).optional(),
  })
  .openapi('AddRecommendation');
export const SetRecommendationStatusBody = z
  .strictObject({
    year: Year,
    status: z.enum(recommendationStatuses),
    actions: text(10_000, 0).optional(),
    evidence: z.array(EvidenceLink).max(50).optional(),
  })
  .openapi('SetRecommendationStatus');
