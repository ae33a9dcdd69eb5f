import { z } from '@hono/zod-openapi';
import { provenanceStatuses } from '@opennrm/core/screening';
import {
  ageBands,
  decidingBodyTypes,
  exploitationForms,
  genders,
  identificationStatuses,
  isCalendarDate,
  meansOfControl,
  personActions,
  recruiterRelationships,
  recruitmentMethods,
  screeningOutcomes,
  sexExploitationTypes,
} from '@opennrm/core/vocabulary';
import { PageCursor, Timestamp, text, Uuid } from './common.ts';

export const Country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2, e.g. AZ');
export const Language = z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 code, e.g. az');
export const IsoDate = z
  .string()
  .refine(isCalendarDate, 'a calendar date, YYYY-MM-DD')
  .openapi({ format: 'date', example: '2026-01-15' });
export const Gender = z.enum(genders).openapi('Gender');
export const IdentificationStatus = z.enum(identificationStatuses).openapi('IdentificationStatus');

/** A person as lists and pages show them: a code and attributes, never a sealed value. */
export const PersonSummary = z
  .object({
    id: Uuid,
    code: z.string(),
    organisationId: Uuid,
    gender: Gender,
    birthYear: z.int().nullable(),
    ageBand: z.enum(ageBands).nullable(),
    childAtIdentification: z.boolean().nullable(),
    citizenships: z.array(z.string()),
    languages: z.array(z.string()),
    status: IdentificationStatus,
    statusBodyType: z.enum(decidingBodyTypes).nullable(),
    statusDecidedAt: Timestamp.nullable(),
    stateDecided: z.boolean(),
    ngoOnly: z.boolean().openapi({ description: 'Identified by an NGO, never decided on by the state.' }),
    firstScreenedAt: Timestamp.nullable(),
    decisionDueAt: Timestamp.nullable(),
    overdue: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('PersonSummary');

export const PersonIdentity = z
  .strictObject({
    givenNames: text(200).nullable().optional(),
    familyName: text(200).nullable().optional(),
    otherNames: text(200).nullable().optional(),
    birthDate: IsoDate.nullable().optional(),
    documents: z
      .array(
        z.strictObject({ type: text(60), number: text(60), issuingCountry: Country.nullable().optional() }),
      )
      .max(20)
      .optional(),
    contacts: z
      .array(z.strictObject({ kind: text(30), value: text(200) }))
      .max(20)
      .optional(),
    addresses: z.array(text(500)).max(10).optional(),
    notes: text(10_000).nullable().optional(),
    sensitive: z
      .strictObject({
        ethnicity: text(100).nullable().optional(),
        disability: text(200).nullable().optional(),
      })
      .nullable()
      .optional(),
  })
  .openapi('PersonIdentity');

const personFields = {
  gender: Gender,
  birthYear: z.int().min(1900).max(2100).nullable().optional(),
  ageBand: z.enum(ageBands).nullable().optional(),
  childAtIdentification: z.boolean().nullable().optional(),
  citizenships: z.array(Country).max(5).optional(),
  languages: z.array(Language).max(10).optional(),
  identity: PersonIdentity.optional(),
};

export const CreatePersonBody = z
  .strictObject({ ...personFields, confirmDuplicates: z.boolean().optional() })
  .openapi('CreatePerson');
export const UpdatePersonBody = z.strictObject(personFields).partial().openapi('UpdatePerson');

/**
 * `yours`: a record the caller's organisation can open (its code); `elsewhere`: another body
 * holds a match, not named (the duplicate check must not locate victims): ask it to contact you.
 */
export const PossibleDuplicate = z
  .object({
    holder: z.enum(['yours', 'elsewhere']),
    personId: Uuid.nullable(),
    code: z.string().nullable(),
  })
  .openapi('PossibleDuplicate');
export const ContactRequestResponse = z.object({ sent: z.boolean() });
export const DuplicateCheckBody = z
  .strictObject({
    name: text(400),
    birthDate: IsoDate.nullable().optional(),
    birthYear: z.int().min(1900).max(2100).nullable().optional(),
  })
  .openapi('DuplicateCheck');
export const DuplicateCheckResponse = z.object({ possibleDuplicates: z.array(PossibleDuplicate) });
export const CreatedPersonResponse = z.object({
  person: PersonSummary,
  possibleDuplicates: z.array(PossibleDuplicate),
});
export const PersonResponse = z.object({ person: PersonSummary });

const bool = z.enum(['true', 'false']);
export const PersonListQuery = z.object({
  status: IdentificationStatus.optional(),
  gender: Gender.optional(),
  child: bool.optional(),
  ageBand: z.enum(ageBands).optional(),
  citizenship: Country.optional(),
  form: z.enum(exploitationForms).optional(),
  organisationId: Uuid.optional(),
  overdue: bool.optional(),
  ngoOnly: bool.optional(),
  /** Reflection periods my organisation granted that end within a week. */
  reflectionEnding: bool.optional(),
  /** A fragment of the code, any case. */
  code: z.string().max(40).optional(),
  sort: z.enum(['newest', 'oldest', 'code_asc', 'code_desc']).optional(),
  /** `nextCursor` of the previous page. */
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
/**
 * A name search (holders of the identity only): matched through the blind index, never by
 * decrypting. A POST body rather than a query string, so that a name never lands in an address,
 * a browser history or a proxy's access log.
 */
export const PersonSearchBody = z
  .strictObject({
    name: text(400),
    sort: z.enum(['newest', 'oldest', 'code_asc', 'code_desc']).optional(),
    cursor: PageCursor.optional(),
    limit: z.int().min(1).max(200).optional(),
  })
  .openapi('PersonSearch');
export const PersonListResponse = z.object({
  persons: z.array(PersonSummary),
  /** The next page's cursor; null on the last page. */
  nextCursor: z.string().nullable(),
  /** On the first page only (null after): matches counted up to 1 000, `totalMore` beyond. */
  total: z.int().nullable(),
  totalMore: z.boolean(),
});

export const RevealBody = z.strictObject({ reason: text(500).optional() }).openapi('Reveal');
export const RevealedIdentityResponse = z.object({
  identity: z.record(z.string(), z.unknown()),
  decisionGrounds: z.array(z.object({ decisionId: Uuid, grounds: z.string() })),
});

export const ExploitationBody = z
  .strictObject({
    forms: z.array(z.enum(exploitationForms)).max(13),
    industry: z
      .string()
      .regex(/^[A-U]$/, 'an ISIC rev.4 section letter')
      .nullable(),
    // Left out by clients written before it existed: none recorded.
    sexExploitationTypes: z.array(z.enum(sexExploitationTypes)).max(4).default([]),
    meansOfControl: z.array(z.enum(meansOfControl)).max(16),
    recruitmentMethods: z.array(z.enum(recruitmentMethods)).max(10),
    recruiterRelationship: z.enum(recruiterRelationships).nullable(),
    recruitmentCountries: z.array(Country).max(10),
    transitCountries: z.array(Country).max(20),
    exploitationCountries: z.array(Country).max(10),
    periodFrom: IsoDate.nullable(),
    periodTo: IsoDate.nullable(),
    childAtExploitation: z.boolean().nullable(),
  })
  .openapi('Exploitation');
export const ExploitationResponse = z.object({
  exploitation: ExploitationBody.extend({ updatedAt: Timestamp }),
});

export const ScreeningBody = z
  .strictObject({
    listKey: z.string().max(100),
    listVersion: z.int().min(1).optional(),
    population: z.enum(['adult', 'child']),
    answers: z
      .array(z.strictObject({ indicator: z.string().max(200), answer: z.enum(['yes', 'no', 'unknown']) }))
      .max(500),
    outcome: z.enum(screeningOutcomes),
    outcomeReason: text(2000).nullable().optional(),
    screenedAt: Timestamp.optional(),
  })
  .openapi('RecordScreening');
export const Screening = z
  .object({
    id: Uuid,
    organisationId: Uuid,
    screenerUserId: Uuid,
    listKey: z.string(),
    listVersion: z.int(),
    /** The status of the list version when this screening used it. */
    listStatus: z.enum(provenanceStatuses),
    population: z.enum(['adult', 'child']),
    answers: z.array(z.object({ indicator: z.string(), answer: z.string() })),
    result: z.object({
      recommendation: z.string(),
      reasons: z.array(z.unknown()),
      dimensions: z.array(z.unknown()),
    }),
    outcome: z.enum(screeningOutcomes),
    outcomeReason: z.string().nullable(),
    screenedAt: Timestamp,
    recordedAt: Timestamp,
  })
  .openapi('Screening');

export const DecisionBody = z
  .strictObject({
    outcome: z.enum(['identified', 'not_victim']),
    decidedOn: IsoDate,
    grounds: text(5000),
    reconsiders: Uuid.nullable().optional(),
  })
  .openapi('RecordDecision');
export const Decision = z
  .object({
    id: Uuid,
    outcome: z.enum(['identified', 'not_victim']),
    decidingOrganisationId: Uuid,
    decidingBodyType: z.enum(decidingBodyTypes),
    decidedOn: IsoDate,
    reconsiders: Uuid.nullable(),
    recordedBy: Uuid,
    recordedAt: Timestamp,
  })
  .openapi('Decision');

export const PersonFileResponse = z
  .object({
    person: PersonSummary,
    screenings: z.array(Screening),
    decisions: z.array(Decision),
    exploitation: ExploitationResponse.shape.exploitation.nullable(),
    organisations: z.array(z.object({ id: Uuid, name: z.string(), owner: z.boolean() })),
    scope: z.enum(['internal', 'transnational']).nullable(),
    foreign: z.boolean().nullable(),
    canReveal: z.object({ identity: z.boolean(), sensitive: z.boolean() }),
    /** What the caller may do to this record (the server's access table): show only these actions. */
    may: z.record(z.enum(personActions), z.boolean()),
  })
  .openapi('PersonFile');

export const ShareBody = z
  .strictObject({
    organisationId: Uuid,
    reason: text(500),
    /** Let the target reveal identity: a consent covering it, the child rule, or an override. */
    shareIdentity: z.boolean().optional(),
    overrideReason: text(1000).nullable().optional(),
  })
  .openapi('SharePerson');
export const ShareParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  organisationId: Uuid.openapi({ param: { name: 'organisationId', in: 'path' } }),
});

export const HtcdsRecord = z.record(z.string(), z.unknown()).openapi('HtcdsRecord');
/** HTCDS keeps trafficking events (hte_) and support plans (spl_) in tables of their own. */
export const HtcdsExport = z
  .object({
    record: HtcdsRecord,
    traffickingEvents: z.array(HtcdsRecord),
    supportPlans: z.array(HtcdsRecord).openapi({
      description:
        'The services the person received, as support plans (type, end); empty for who may not read support.',
    }),
  })
  .openapi('HtcdsExport');
export const ImportHtcdsBody = z
  .strictObject({
    record: HtcdsRecord,
    traffickingEvents: z.array(HtcdsRecord).max(100).optional(),
    supportPlans: z.array(HtcdsRecord).max(100).optional().openapi({
      description: 'Read and named in notStored, never kept: services are recorded by who delivered them.',
    }),
    confirmDuplicates: z.boolean().optional(),
    dateOrder: z.enum(['dmy', 'mdy']).optional().openapi({
      description: 'How to read dates like 03/04/1998: day first (default) or month first.',
    }),
  })
  .openapi('ImportHtcds');
export const HtcdsIssue = z
  .object({ field: z.string(), value: z.string(), reason: z.string() })
  .openapi('HtcdsIssue');
export const ImportedPersonResponse = z.object({
  person: PersonSummary,
  possibleDuplicates: z.array(PossibleDuplicate),
  source: z.object({ status: z.string().nullable(), decidingBody: z.string().nullable() }),
  notStored: z.array(HtcdsIssue).openapi({ description: 'Values read but not kept, and why.' }),
});
