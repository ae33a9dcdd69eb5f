import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, text, Uuid } from './common.ts';
import { Password } from './user.ts';

export const SignInBody = z
  .strictObject({ email: z.string().trim().min(1).max(254), password: Password })
  .openapi('SignIn');

export const UpdateMeBody = z
  .strictObject({ displayName: text(200).optional(), locale: Locale.optional() })
  .openapi('UpdateMe');

export const ChangePasswordBody = z
  .strictObject({ currentPassword: Password, newPassword: Password })
  .openapi('ChangePassword');

export const ApiToken = z
  .object({
    id: Uuid,
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.string()),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    expiresAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .openapi('ApiToken');

export const CreateApiTokenBody = z
  .strictObject({
    name: text(100),
    scopes: z.array(z.string().max(64)).min(1).max(64),
    expiresInDays: z
      .int()
      .min(1)
      .max(366)
      .optional()
      .openapi({ description: 'Days until the token expires: 90 when not given, at most 366.' }),
  })
  .openapi('CreateApiToken');

export const ApiTokenListResponse = z.object({ tokens: z.array(ApiToken) });
export const CreatedApiTokenResponse = z.object({
  token: ApiToken,
  secret: z.string().openapi({ description: 'Shown once. Send as Authorization: Bearer <secret>.' }),
});

/** A token of a given user, for an administrator's routes. */
export const UserTokenParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  tokenId: Uuid.openapi({ param: { name: 'tokenId', in: 'path' } }),
});
export const RevokedTokensResponse = z.object({
  revoked: z.int().openapi({ description: 'How many tokens were still active and are now revoked.' }),
});
