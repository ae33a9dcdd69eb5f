/**
 * Types of the HTTP API as the web app uses them, inferred from the contracts package (the zod
 * schemas the server validates with). Type-only imports: no zod reaches the bundle. The
 * vocabularies come from the pure `vocabulary` entry.
 */
import type {
  AlertDetail as AlertDetailSchema,
  Alert as AlertSchema,
  ApiToken as ApiTokenSchema,
  AuditEvent as AuditEventSchema,
  AuditListResponse,
  ChainReport,
  ConsentBody,
  Consent as ConsentSchema,
  CreatedApiTokenResponse,
  CreatedPersonResponse,
  CreateOrganisationBody,
  CreatePersonBody,
  CreateUserBody,
  DecisionBody,
  Decision as DecisionSchema,
  DrillDownQuery as DrillDownQuerySchema,
  DrillDownResponse,
  DuplicateCheckResponse,
  ErrorBody as ErrorBodySchema,
  ExploitationBody,
  Health as HealthSchema,
  IdentificationSettings as IdentificationSettingsSchema,
  Inbox as InboxSchema,
  IndicatorList as IndicatorListSchema,
  IndicatorListsResponse,
  LinkPersonBody,
  Me as MeSchema,
  Message as MessageSchema,
  Notification as NotificationSchema,
  Organisation as OrganisationSchema,
  PersonFileResponse,
  PersonListResponse,
  PersonSummary as PersonSummarySchema,
  PossibleDuplicate as PossibleDuplicateSchema,
  ReferralDetail as ReferralDetailSchema,
  ReferralProposal as ReferralProposalSchema,
  Referral as ReferralSchema,
  ReferralSettings as ReferralSettingsSchema,
  ReportQuery as ReportQuerySchema,
  ReportResponse,
  RevealedIdentityResponse,
  ScreeningBody,
  Screening as ScreeningSchema,
  SendAlertBody,
  SendReferralBody,
  ShareBody,
  SourceDatasetList,
  StatisticsSettingsPatch,
  StatisticsSettings as StatisticsSettingsSchema,
  UpdateIdentificationSettingsBody,
  UpdatePersonBody,
  UpdateReferralSettingsBody,
  UpdateUserBody,
  User as UserSchema,
} from '@opennrm/contracts';
import type { z } from 'zod';

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
} from '@opennrm/contracts/vocabulary';

export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type User = z.infer<typeof UserSchema>;
/** The sealed address is never part of an organisation; see the address reveal. */
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Me = z.infer<typeof MeSchema>;
export type SignInResponse = Me;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type CreatedApiToken = z.infer<typeof CreatedApiTokenResponse>;
export type OrganisationInput = z.input<typeof CreateOrganisationBody>;
export type UserCreateInput = z.input<typeof CreateUserBody>;
export type UserUpdateInput = z.input<typeof UpdateUserBody>;
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditPage = z.infer<typeof AuditListResponse>;
export type AuditVerifyResult = z.infer<typeof ChainReport>;
export type Health = z.infer<typeof HealthSchema>;

export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export type PersonList = z.infer<typeof PersonListResponse>;
export type PersonFile = z.infer<typeof PersonFileResponse>;
export type PersonCreateInput = z.input<typeof CreatePersonBody>;
export type PersonUpdateInput = z.input<typeof UpdatePersonBody>;
export type PersonIdentityInput = NonNullable<PersonCreateInput['identity']>;
export type CreatedPerson = z.infer<typeof CreatedPersonResponse>;
export type PossibleDuplicate = z.infer<typeof PossibleDuplicateSchema>;
export type DuplicateCheck = z.infer<typeof DuplicateCheckResponse>;
export type RevealedIdentity = z.infer<typeof RevealedIdentityResponse>;
export type ShareInput = z.input<typeof ShareBody>;
export type Screening = z.infer<typeof ScreeningSchema>;
export type ScreeningInput = z.input<typeof ScreeningBody>;
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionInput = z.input<typeof DecisionBody>;
export type Exploitation = z.infer<typeof ExploitationBody>;
export type IndicatorListSummary = z.infer<typeof IndicatorListsResponse>['lists'][number];
export type IndicatorListRecord = z.infer<typeof IndicatorListSchema>;
export type IdentificationSettings = z.infer<typeof IdentificationSettingsSchema>;
export type IdentificationSettingsInput = z.input<typeof UpdateIdentificationSettingsBody>;
export type ReferralSettings = z.infer<typeof ReferralSettingsSchema>;
export type ReferralSettingsInput = z.input<typeof UpdateReferralSettingsBody>;
export type RoutingRule = ReferralSettings['routingRules'][number];
export type StatisticsSettings = z.infer<typeof StatisticsSettingsSchema>;
export type StatisticsSettingsInput = z.input<typeof StatisticsSettingsPatch>;
export type IdentificationStatus = PersonSummary['status'];
export type Gender = PersonSummary['gender'];

export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralDetail = z.infer<typeof ReferralDetailSchema>;
export type ReferralStatus = Referral['status'];
export type ReferralService = Referral['services'][number];
export type ReferralSection = Referral['sections'][number];
export type ReferralUrgency = Referral['urgency'];
export type SendReferralInput = z.input<typeof SendReferralBody>;
export type ReferralProposal = z.infer<typeof ReferralProposalSchema>;
export type Inbox = z.infer<typeof InboxSchema>;
export type ReferralMessage = z.infer<typeof MessageSchema>;
/** A potential-case alert as lists show it: the sealed details only come with AlertDetail. */
export type Alert = z.infer<typeof AlertSchema>;
export type AlertDetail = z.infer<typeof AlertDetailSchema>;
export type AlertStatus = Alert['status'];
export type AlertSubject = Alert['subject'];
export type SendAlertInput = z.input<typeof SendAlertBody>;
export type LinkPersonInput = z.input<typeof LinkPersonBody>;
export type Consent = z.infer<typeof ConsentSchema>;
export type ConsentInput = z.input<typeof ConsentBody>;
export type ConsentPurpose = Consent['purposes'][number];
export type ConsentMeans = Consent['means'];
export type AppNotification = z.infer<typeof NotificationSchema>;

/** The annual report (statistics API). */
export type Report = z.infer<typeof ReportResponse>;
export type ReportTable = Report['tables'][number];
export type TableFigures = ReportTable['current'];
export type Cell = TableFigures['total'];
export type ReportScope = Report['scope'];
export type ReportView = Report['view'];
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
export type DrillDownQuery = z.infer<typeof DrillDownQuerySchema>;
export type DrillDown = z.infer<typeof DrillDownResponse>;
export type SourceDataset = z.infer<typeof SourceDatasetList>['datasets'][number];
/** Which period a figure belongs to (the report year or the one before). */
export type PeriodKey = 'current' | 'previous';
