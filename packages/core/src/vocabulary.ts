/**
 * The shared vocabularies, importable without the rest of core (no Node built-ins): the web app
 * reaches them through @opennrm/contracts/vocabulary.
 */
export {
  type AlertRecordAction,
  alertRecordActions,
  alertStatuses,
  alertSubjects,
} from './alerts/alert.ts';
export {
  type AuditAction,
  type AuditActionGroup,
  auditActionGroup,
  auditActions,
} from './audit/audit-actions.ts';
export {
  auditActionGroupLabels,
  auditActionLabels,
  labelAuditAction,
} from './audit/labels/audit-action-labels.ts';
export { type Role, roles } from './auth/roles.ts';
export * from './identification/identification-vocabulary.ts';
export { type Locale, locales } from './model.ts';
export {
  htcdsOrganisationType,
  type OrganisationType,
  organisationTypes,
} from './organisations/organisation-types.ts';
export { type PersonAction, personActions } from './policy/person-access-rules.ts';
export * from './prevention/action-plan.ts';
export * from './prevention/prevention-regions.ts';
export * from './prevention/prevention-vocabulary.ts';
export * from './prosecution/prosecution-vocabulary.ts';
export * from './protection/protection-vocabulary.ts';
export * from './referrals/referral-vocabulary.ts';
export * from './retention/retention-vocabulary.ts';
export { type Measure, type TableDefinition, tables as statisticsTables } from './statistics/catalogue.ts';
export { type DimensionKey, dimensionKeys, dimensionValues } from './statistics/dimensions.ts';
export {
  type EnglishSpelling,
  englishSpellings,
} from './statistics/glossary/english-spelling.ts';
export {
  avoidedTerms,
  type GlossaryConcept,
  glossary,
  glossaryLabel,
} from './statistics/glossary/glossary.ts';
export { isCalendarDate } from './support/calendar-date.ts';
export { type ErrorCode, errorCodes } from './support/errors.ts';
