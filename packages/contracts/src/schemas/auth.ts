import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, text, Uuid } from './common.ts';
import { Password } from './user.ts';

export const SignInBody = z
  .strictObject({ email: z.string().trim().min(1).max(254), password: Password })
  .openapi('SignIn');

/** The password was right; the second factor is asked for next (POST /api/auth/second-factor). */
export const SecondFactorStep = z
  .object({
    step: z.literal('second_factor'),
    challenge: z.string().openapi({ description: 'Send back with the code; valid for five minutes.' }),
    expiresAt: Timestamp,
  })
  .openapi('SecondFactorStep');

export const SecondFactorSignInBody = z
  .strictObject({
    challenge: z.string().min(1).max(200),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/)
      .optional()
      .openapi({ description: 'The six digits the authenticator app shows.' }),
    recoveryCode: z
      .string()
      .trim()
      .min(16)
      .max(24)
      .optional()
      .openapi({ description: 'One of the recovery codes, instead of the app; each works once.' }),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'Send either a code or a recovery code.',
  })
  .openapi('SecondFactorSignIn');

export const SecondFactorEnrolment = z
  .object({
    secret: z.string().openapi({ description: 'The key in base32, for typing into the app by hand.' }),
    uri: z.string().openapi({ description: 'otpauth:// URI, to show as a QR code.' }),
  })
  .openapi('SecondFactorEnrolment');

export const ConfirmSecondFactorBody = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
  })
  .openapi('ConfirmSecondFactor');

export const RecoveryCodesResponse = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({ description: 'Shown once; each signs in once.' }),
  })
  .openapi('RecoveryCodes');

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

/** Whether the sign-in page offers an identity provider, and by what name. */
export const SingleSignOnInfo = z
  .object({
    provider: z
      .object({
        name: z.string().openapi({ description: 'Shown on the button: "Sign in with <name>".' }),
        startUrl: z.string().openapi({ description: 'Where the button takes the browser.' }),
      })
      .nullable(),
  })
  .openapi('SingleSignOnInfo');

// Not strict: each provider adds its own parameters (session_state, iss); openid-client checks
// the whole answer, and these are only the ones OpenNRM reads or records.
const param = z.string().max(4096).optional();
export const OidcCallbackQuery = z.object({
  code: param,
  state: param,
  iss: param,
  session_state: param,
  error: param,
  error_description: param,
});

/** Answer to sign-out when the browser should go on to sign out at the identity provider. */
export const SignedOutAtProvider = z
  .object({
    providerSignOutUrl: z.string().openapi({ description: "The provider's end-session address." }),
  })
  .openapi('SignedOutAtProvider');
