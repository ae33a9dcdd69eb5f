import { z } from '@hono/zod-openapi';
import { roles } from '@opennrm/core/vocabulary';
import { Locale, Timestamp, text, Uuid } from './common.ts';
import { Organisation } from './organisation.ts';

export const Role = z.enum(roles).openapi('Role');
export const Password = z.string().min(1).max(256);

export const User = z
  .object({
    id: Uuid,
    email: z.string(),
    displayName: z.string(),
    organisationId: Uuid,
    roles: z.array(Role),
    locale: Locale,
    active: z.boolean(),
    lockedUntil: Timestamp.nullable(),
    lastLoginAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .openapi('User');

export const CreateUserBody = z
  .strictObject({
    email: z.email().max(254),
    displayName: text(200),
    organisationId: Uuid,
    roles: z.array(Role).min(1).max(8),
    password: Password,
    locale: Locale.optional(),
  })
  .openapi('CreateUser');

export const UpdateUserBody = z
  .strictObject({
    displayName: text(200).optional(),
    organisationId: Uuid.optional(),
    roles: z.array(Role).min(1).max(8).optional(),
    active: z.boolean().optional(),
    locale: Locale.optional(),
  })
  .openapi('UpdateUser');

export const SetPasswordBody = z.strictObject({ password: Password }).openapi('SetPassword');

export const UserListQuery = z.object({
  organisationId: Uuid.optional(),
  role: Role.optional(),
  search: z.string().max(200).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const UserResponse = z.object({ user: User });
export const UserListResponse = z.object({ users: z.array(User) });

export const SecondFactorStatus = z
  .object({
    required: z.boolean().openapi({ description: 'Your roles require a second factor.' }),
    enrolled: z.boolean(),
    recoveryCodesLeft: z.int(),
  })
  .openapi('SecondFactorStatus');

export const Me = z
  .object({
    user: User,
    organisation: Organisation,
    permissions: z.array(z.string()).openapi({ description: 'resource:action pairs the user holds.' }),
    secondFactor: SecondFactorStatus,
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'Send as X-CSRF-Token on writes (cookie sessions).' }),
  })
  .openapi('Me');
