import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, forbidden, notFound } from '../support/errors.ts';
import { secondFactorAad } from './second-factor-aad.ts';
import { generateTotpSecret, totpUri } from './totp.ts';

export interface SecondFactorEnrolment {
  /** base32, for typing into the app by hand. */
  secret: string;
  /** otpauth:// URI, shown as a QR code. */
  uri: string;
}

/**
 * Starts enrolling an authenticator app: a new secret, sealed, pending until a first code
 * confirms it. Starting again replaces a pending secret; a confirmed factor stays until the
 * administrator resets it, so a stolen session cannot move the factor to another phone.
 */
export async function startSecondFactorEnrolment(ctx: Ctx): Promise<SecondFactorEnrolment> {
  authorize(ctx.actor, 'account', 'update', { userId: ctx.actor.userId });
  if (ctx.actor.tokenScopes) throw forbidden('Sign in to enrol a second factor; an API token cannot.');
  const user = await ctx.store.users.get(ctx.actor.userId);
  if (!user) throw notFound('Your account');
  const existing = await ctx.store.secondFactors.get(user.id);
  if (existing?.confirmedAt) {
    throw new DomainError('conflict', 'A second factor is already enrolled; the administrator can reset it.');
  }
  const secret = generateTotpSecret();
  await ctx.store.secondFactors.savePending({
    userId: user.id,
    secretSealed: ctx.sealer.seal(secret, secondFactorAad(user.id)),
    confirmedAt: null,
    lastUsedStep: null,
    createdAt: ctx.clock.now(),
  });
  return { secret, uri: totpUri(secret, user.email, 'OpenNRM') };
}
