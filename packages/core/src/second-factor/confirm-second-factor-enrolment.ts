import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, forbidden } from '../support/errors.ts';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import { secondFactorAad } from './second-factor-aad.ts';
import { matchTotpStep } from './totp.ts';

/**
 * Confirms the pending secret with a code from the app, and hands out the recovery codes: shown
 * this once, stored only as hashes. Audited without the secret or any code.
 */
export async function confirmSecondFactorEnrolment(
  ctx: Ctx,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  authorize(ctx.actor, 'account', 'update', { userId: ctx.actor.userId });
  if (ctx.actor.tokenScopes) throw forbidden('Sign in to enrol a second factor; an API token cannot.');
  const userId = ctx.actor.userId;
  const factor = await ctx.store.secondFactors.get(userId);
  if (!factor || factor.confirmedAt) {
    throw new DomainError('conflict', 'No enrolment is waiting for a code: start the enrolment again.');
  }
  const now = ctx.clock.now();
  const step = matchTotpStep(
    ctx.sealer.unseal(factor.secretSealed, secondFactorAad(userId)),
    input.code,
    now,
  );
  if (step === null) {
    throw new DomainError(
      'validation_failed',
      'The code does not match: check the phone’s clock and try again.',
      {
        fields: { code: 'incorrect' },
      },
    );
  }
  const recoveryCodes = generateRecoveryCodes();
  await ctx.store.transaction(async (tx) => {
    if ((await tx.secondFactors.confirm(userId, now, step)) === 0) {
      throw new DomainError('conflict', 'No enrolment is waiting for a code: start the enrolment again.');
    }
    await tx.secondFactors.replaceRecoveryCodes(userId, recoveryCodes.map(hashRecoveryCode), now);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.second_factor_enrolled',
      entityType: 'user',
      entityId: userId,
      details: { method: 'totp', recoveryCodes: recoveryCodes.length },
    });
  });
  return { recoveryCodes };
}
