/**
 * Types of the HTTP API as the web app uses them, inferred from the contracts package (the zod
 * schemas the server validates with). Type-only imports: no zod reaches the bundle. The
 * vocabularies come from the pure `vocabulary` entry.
 */
import type {
  ApiToken as ApiTokenSchema,
  AuditEvent as AuditEventSchema,
  AuditListResponse,
  ChainReport,
  CreatedApiTokenResponse,
  CreateOrganisationBody,
  CreateUserBody,
  ErrorBody as ErrorBodySchema,
  Health as HealthSchema,
  Me as MeSchema,
  Organisation as OrganisationSchema,
  UpdateUserBody,
  User as UserSchema,
} from '@opennrm/contracts';
import type { z } from 'zod';

export {
  type ErrorCode,
  errorCodes,
  type Locale,
  locales,
  type OrganisationType,
  organisationTypes,
  type Role,
  roles,
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
