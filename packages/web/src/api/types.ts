/**
 * Types of the HTTP API as the web app uses them, taken from the server's OpenAPI document
 * (generated/openapi.d.ts, made by scripts/generate-api-types.mjs): the same types the client's
 * calls are checked against, so a screen and the call that feeds it cannot disagree. The
 * vocabularies come from the pure `vocabulary` entry of the contracts (no zod in the bundle).
 */
import type { components, paths } from './generated/openapi.d.ts';

export {
  ageBands,
  alertStatuses,
  alertSubjects,
  consentMeans,
  consentPurposes,
  decidingBodyTypes,
  type ErrorCode,
  errorCodes,
  exploitationForms,
  genders,
  identificationStatuses,
  isicSections,
  type Locale,
  locales,
  meansOfControl,
  type OrganisationType,
  organisationTypes,
  type Role,
  recruiterRelationships,
  recruitmentMethods,
  referralSections,
  referralServices,
  referralStatuses,
  referralUrgencies,
  roles,
  screeningOutcomes,
  sexExploitationTypes,
} from '@opennrm/contracts/vocabulary';

type Schemas = components['schemas'];
export type RetentionSettings = Schemas['RetentionSettings'];
export type RetentionPlan = Schemas['RetentionPlan'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON a route answers with on success (200 unless said otherwise). */
export type ResponseOf<P extends keyof paths, M extends Method, S extends number = 200> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;
/** The query parameters a route accepts. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = NonNullable<
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never
>;

export type ErrorBody = Schemas['Error'];
export type User = Schemas['User'];
/** The sealed address is never part of an organisation; see the address reveal. */
export type Organisation = Schemas['Organisation'];
export type Me = Schemas['Me'];
export type SignInResponse = Me;
export type ApiToken = Schemas['ApiToken'];
export type CreatedApiToken = ResponseOf<'/api/me/tokens', 'post', 201>;
export type OrganisationInput = Schemas['CreateOrganisation'];
export type OrganisationUpdateInput = Schemas['UpdateOrganisation'];
export type UserCreateInput = Schemas['CreateUser'];
export type UserUpdateInput = Schemas['UpdateUser'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditPage = ResponseOf<'/api/audit/events', 'get'>;
export type AuditVerifyResult = Schemas['ChainReport'];
export type Health = Schemas['Health'];

export type PersonSummary = Schemas['PersonSummary'];
export type PersonList = ResponseOf<'/api/persons', 'get'>;
export type PersonFile = Schemas['PersonFile'];
export type PersonCreateInput = Schemas['CreatePerson'];
export type PersonUpdateInput = Schemas['UpdatePerson'];
export type PersonIdentityInput = Schemas['PersonIdentity'];
export type CreatedPerson = ResponseOf<'/api/persons', 'post', 201>;
export type PossibleDuplicate = Schemas['PossibleDuplicate'];
export type DuplicateCheck = Schemas['DuplicateCheck'];
export type RevealedIdentity = ResponseOf<'/api/persons/{id}/identity/reveal', 'post'>;
export type ShareInput = Schemas['SharePerson'];
export type Screening = Schemas['Screening'];
export type ScreeningInput = Schemas['RecordScreening'];
export type Decision = Schemas['Decision'];
export type DecisionInput = Schemas['RecordDecision'];
export type Exploitation = Schemas['Exploitation'];
export type IndicatorListSummary = Schemas['IndicatorListSummary'];
export type IndicatorListRecord = Schemas['IndicatorList'];
export type IndicatorListInput = Schemas['LoadIndicatorList'];
export type IdentificationSettings = Schemas['IdentificationSettings'];
export type IdentificationSettingsInput = Schemas['UpdateIdentificationSettings'];
export type ReferralSettings = Schemas['ReferralSettings'];
export type ReferralSettingsInput = Schemas['UpdateReferralSettings'];
export type RoutingRule = Schemas['RoutingRule'];
export type StatisticsSettings = Schemas['StatisticsSettings'];
export type StatisticsSettingsInput = Schemas['StatisticsSettingsPatch'];
export type IdentificationStatus = PersonSummary['status'];
export type Gender = PersonSummary['gender'];

export type Referral = Schemas['Referral'];
export type ReferralDetail = Schemas['ReferralDetail'];
export type ReferralStatus = Referral['status'];
export type ReferralService = Referral['services'][number];
export type ReferralSection = Referral['sections'][number];
export type ReferralUrgency = Referral['urgency'];
export type SendReferralInput = Schemas['SendReferral'];
export type ReferralProposal = Schemas['ReferralProposal'];
export type Inbox = Schemas['Inbox'];
export type ReferralMessage = Schemas['ReferralMessage'];
/** A potential-case alert as lists show it: the sealed details only come with AlertDetail. */
export type Alert = Schemas['Alert'];
export type AlertDetail = Schemas['AlertDetail'];
export type AlertStatus = Alert['status'];
export type AlertSubject = Alert['subject'];
export type SendAlertInput = Schemas['SendAlert'];
export type LinkPersonInput = Schemas['LinkPerson'];
export type Consent = Schemas['Consent'];
export type ConsentInput = Schemas['RecordConsent'];
export type ConsentPurpose = Consent['purposes'][number];
export type ConsentMeans = Consent['means'];
export type AppNotification = Schemas['Notification'];

/** The annual report (statistics API). */
export type Report = Schemas['Report'];
export type ReportTable = Report['tables'][number];
export type TableFigures = ReportTable['current'];
export type Cell = TableFigures['total'];
export type ReportScope = Report['scope'];
export type ReportView = Report['view'];
export type ReportQuery = QueryOf<'/api/statistics/report'>;
export type DrillDownQuery = QueryOf<'/api/statistics/records'>;
export type DrillDown = Schemas['DrillDown'];
export type SourceDataset = Schemas['SourceDataset'];
/** Which period a figure belongs to (the report year or the one before). */
export type PeriodKey = 'current' | 'previous';
