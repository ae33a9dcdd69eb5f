import { z } from '@hono/zod-openapi';
import {
  administrativeMeasures,
  caseRecordActions,
  caseVictimRoles,
  closeReasons,
  defendantAgeBands,
  defendantKinds,
  defendantSexes,
  defendantStages,
  exploitationForms,
  openingBodies,
  protectionMeasures,
  verdicts,
  victimPenalties,
} from '@opennrm/core/vocabulary';
import { Timestamp, text, Uuid } from './common.ts';
import { Country, IsoDate } from './person.ts';

const Form = z.enum(exploitationForms);
const Article = z.string().trim().min(1).max(40);

export const Sentence = z
  .strictObject({
    prisonMonths: z.int().min(0).max(1200),
    suspended: z.boolean(),
    fine: z.number().min(0).max(1e12),
    confiscation: z.boolean(),
    compensationOrdered: z.number().min(0).max(1e12),
    compensationPaid: z.number().min(0).max(1e12),
  })
  .openapi('Sentence');

export const CriminalCase = z
  .object({
    id: Uuid,
    organisationId: Uuid,
    reference: z.string(),
    openedBy: z.enum(openingBodies),
    openedOn: IsoDate,
    legalBasis: z.array(z.string()),
    exploitationForms: z.array(Form),
    officialFlag: z.boolean(),
    complicity: z.boolean(),
    prosecutorUserId: Uuid.nullable(),
    prosecutorOrganisationId: Uuid.nullable(),
    alertIds: z.array(Uuid),
    version: z.int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('CriminalCase');

export const Defendant = z
  .object({
    id: Uuid,
    kind: z.enum(defendantKinds),
    sex: z.enum(defendantSexes),
    ageBand: z.enum(defendantAgeBands),
    citizenship: z.string().nullable(),
    publicOfficial: z.boolean(),
    publicFunction: z.string().nullable(),
    stage: z.enum(defendantStages),
    investigatedOn: IsoDate,
    chargedOn: IsoDate.nullable(),
    trialOn: IsoDate.nullable(),
    verdict: z.enum(verdicts).nullable(),
    verdictOn: IsoDate.nullable(),
    closeReason: z.enum(closeReasons).nullable(),
    sentencedOn: IsoDate.nullable(),
    sentence: Sentence.nullable(),
    sentenceReplaced: z.int(),
    sentenceReduced: z.boolean(),
    appealedOn: IsoDate.nullable(),
    finalOn: IsoDate.nullable(),
    version: z.int(),
  })
  .openapi('Defendant');

export const DefendantStageRecord = z
  .object({
    id: Uuid,
    defendantId: Uuid,
    stage: z.enum(defendantStages),
    occurredOn: IsoDate,
    verdict: z.enum(verdicts).nullable(),
    closeReason: z.enum(closeReasons).nullable(),
    sentence: Sentence.nullable(),
    replacesStageId: Uuid.nullable(),
    recordedAt: Timestamp,
  })
  .openapi('DefendantStageRecord');

export const AdministrativeMeasureRecord = z
  .object({ id: Uuid, defendantId: Uuid, measure: z.enum(administrativeMeasures), decidedOn: IsoDate })
  .openapi('AdministrativeMeasureRecord');

export const CompensationPayment = z
  .object({ id: Uuid, defendantId: Uuid, amount: z.number(), paidOn: IsoDate })
  .openapi('CompensationPayment');

export const RecordPaymentBody = z
  .strictObject({ version: z.int().min(1), amount: z.number().positive().max(1e12), paidOn: IsoDate })
  .openapi('RecordPayment');

export const CaseVictim = z
  .object({
    /** Null when the person's own policy does not let the reader see the record. */
    personId: Uuid.nullable(),
    personCode: z.string().nullable(),
    role: z.enum(caseVictimRoles),
    testified: z.boolean(),
    testifiedOn: IsoDate.nullable(),
    protectionMeasures: z.array(z.enum(protectionMeasures)),
  })
  .openapi('CaseVictim');

export const CaseAbilities = z.record(z.enum(caseRecordActions), z.boolean());

export const CriminalCaseSummary = CriminalCase.extend({ may: CaseAbilities }).openapi('CriminalCaseSummary');

export const CriminalCaseDetail = z
  .object({
    criminalCase: CriminalCase,
    defendants: z.array(Defendant),
    stages: z.array(DefendantStageRecord),
    measures: z.array(AdministrativeMeasureRecord),
    payments: z.array(CompensationPayment),
    victims: z.array(CaseVictim),
    may: CaseAbilities,
  })
  .openapi('CriminalCaseDetail');

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CaseListQuery = z.object({
  status: z.enum(['open', 'final']).optional(),
  form: Form.optional(),
  complicity: bool.optional(),
  openedFrom: IsoDate.optional(),
  openedTo: IsoDate.optional(),
  legalBasis: Article.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export const CaseListResponse = z.object({ cases: z.array(CriminalCaseSummary), total: z.int() });

export const OpenCaseBody = z
  .strictObject({
    reference: text(100),
    openedBy: z.enum(openingBodies),
    openedOn: IsoDate,
    legalBasis: z.array(Article).min(1).max(10),
    exploitationForms: z.array(Form).max(13),
    officialFlag: z.boolean().optional(),
    prosecutorUserId: Uuid.nullable().optional(),
  })
  .openapi('OpenCase');

export const UpdateCaseBody = z
  .strictObject({
    version: z.int().min(1),
    reference: text(100).optional(),
    openedOn: IsoDate.optional(),
    legalBasis: z.array(Article).min(1).max(10).optional(),
    exploitationForms: z.array(Form).max(13).optional(),
    officialFlag: z.boolean().optional(),
    prosecutorUserId: Uuid.nullable().optional(),
  })
  .openapi('UpdateCase');

export const LinkCaseVictimBody = z
  .strictObject({
    personId: Uuid,
    role: z.enum(caseVictimRoles),
    testified: z.boolean(),
    testifiedOn: IsoDate.nullable().optional(),
    protectionMeasures: z.array(z.enum(protectionMeasures)).max(7),
  })
  .openapi('LinkCaseVictim');

export const LinkCaseAlertBody = z.strictObject({ alertId: Uuid }).openapi('LinkCaseAlert');

export const AddDefendantBody = z
  .strictObject({
    kind: z.enum(defendantKinds),
    name: text(300),
    sex: z.enum(defendantSexes),
    ageBand: z.enum(defendantAgeBands),
    citizenship: Country.nullable(),
    publicOfficial: z.boolean(),
    publicFunction: text(200).nullable(),
    investigatedOn: IsoDate,
  })
  .openapi('AddDefendant');

export const RecordStageBody = z
  .strictObject({
    version: z.int().min(1),
    stage: z.enum(defendantStages),
    occurredOn: IsoDate,
    verdict: z.enum(verdicts).optional(),
    closeReason: z.enum(closeReasons).optional(),
    sentence: Sentence.optional(),
  })
  .openapi('RecordStage');

export const RecordMeasureBody = z
  .strictObject({ measure: z.enum(administrativeMeasures), decidedOn: IsoDate })
  .openapi('RecordMeasure');

export const VictimPenaltyRecord = z
  .object({ id: Uuid, penalty: z.enum(victimPenalties), occurredOn: IsoDate, organisationId: Uuid })
  .openapi('VictimPenalty');
export const RecordPenaltyBody = z
  .strictObject({ penalty: z.enum(victimPenalties), occurredOn: IsoDate })
  .openapi('RecordPenalty');

/**
 * The bands the report counts prison terms in, months, lower bound included, upper excluded
 * (null: open-ended). Order, adjacency and coverage are checked by the use case (422).
 */
export const SentenceBands = z
  .array(
    z.strictObject({
      fromMonths: z.int().min(0).max(1200),
      toMonths: z.int().min(1).max(1200).nullable(),
    }),
  )
  .min(2)
  .max(12)
  .openapi('SentenceBands');

export const ProsecutionOptions = z
  .object({
    articles: z.array(
      z.object({
        code: z.string(),
        title: z.object({ en: z.string(), az: z.string(), ru: z.string() }),
        minMonths: z.int().nullable(),
        maxMonths: z.int().nullable(),
      }),
    ),
    sentenceBands: SentenceBands,
    prosecutors: z.array(z.object({ userId: Uuid, displayName: z.string(), organisationId: Uuid })),
  })
  .openapi('ProsecutionOptions');

export const UpdateSentenceBandsBody = z
  .strictObject({ sentenceBands: SentenceBands })
  .openapi('UpdateSentenceBandsBody');
