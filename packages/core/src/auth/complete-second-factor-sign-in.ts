import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import { hashRecoveryCode } from '../second-factor/recovery-codes.ts';
import { secondFactorAad } from '../second-factor/second-factor-aad.ts';
import { matchTotpStep } from '../second-factor/totp.ts';
import { DomainError } from '../support/errors.ts';
import type { RequestMeta } from './actor.ts';
import { hashSecretToken } from './secret-token.ts';
import { claimSignInPlaces, settlePlaces } from './sign-in-limits.ts';
import { type StartedSession, startSession } from './start-session.ts';

const ended = () =>
  new DomainError('unauthenticated', 'This sign-in has expired. Sign in again with your password.');
const wrongCode = () => new DomainError('unauthenticated', 'The code is incorrect.');

/**
 * The second step of a sign-in: a code from the authenticator app, or one of the recovery codes
 * (each works once). The code is held to the same places as the password (the account, by email,
 * and the client address), so wrong codes lock the account exactly as wrong passwords do; a
 * code already used (the same 30 seconds, or a recovery code) is a wrong code.
 */
export async function completeSecondFactorSignIn(
  deps: Deps,
  input: { challenge: string; code?: string | undefined; recoveryCode?: string | undefined },
  request: RequestMeta,
): Promise<StartedSession> {
  const { store, clock } = deps;
  const challenge = await store.secondFactors.findChallenge(hashSecretToken(input.challenge));
  if (!challenge || challenge.expiresAt <= clock.now()) throw ended();
  const user = await store.users.get(challenge.userId);
  // Deactivated (the user or their body) since the password was checked: no session.
  const organisation = user?.active ? await store.organisations.get(user.organisationId) : undefined;
  const factor = organisation?.active ? await store.secondFactors.get(challenge.userId) : undefined;
  if (!user || !factor?.confirmedAt) throw ended();
  const places = await claimSignInPlaces(deps, user.email, request.clientIp);
  let method: 'password_totp' | 'password_recovery_code' | null = null;
  try {
    const now = clock.now();
    if (input.code) {
      const secret = deps.sealer.unseal(factor.secretSealed, secondFactorAad(user.id));
      const step = matchTotpStep(secret, input.code, now);
      if (step !== null && (await store.secondFactors.useStep(user.id, step))) method = 'password_totp';
    } else if (input.recoveryCode) {
      const used = await store.secondFactors.useRecoveryCode(
        user.id,
        hashRecoveryCode(input.recoveryCode),
        now,
      );
      if (used) method = 'password_recovery_code';
    }
  } catch (error) {
    await settlePlaces(deps, places, { account: 'released', address: 'released' }).catch(() => undefined);
    throw error;
  }
  if (!method) {
    await recordCodeFailure(deps, user, places, request);
    throw wrongCode();
  }
  await settlePlaces(deps, places, { account: 'cleared', address: 'released' });
  const signedIn = method;
  return store.transaction(async (tx) => {
    await tx.secondFactors.deleteChallenge(challenge.id);
    if (signedIn === 'password_recovery_code') {
      const left = await tx.secondFactors.countUnusedRecoveryCodes(user.id);
      // The user's own act: the administrator sees who is running out of codes.
      await tx.audit.append({
        at: clock.now(),
        actorUserId: user.id,
        actorOrganisationId: user.organisationId,
        actorRoles: [...user.roles],
        action: 'auth.recovery_code_used',
        entityType: 'user',
        entityId: user.id,
        clientIp: request.clientIp,
        requestId: request.requestId,
        details: { recoveryCodesLeft: left },
      });
    }
    return startSession(deps, tx, user, request, signedIn);
  });
}

async function recordCodeFailure(
  deps: Deps,
  user: User,
  places: Awaited<ReturnType<typeof claimSignInPlaces>>,
  request: RequestMeta,
): Promise<void> {
  const { account } = await settlePlaces(deps, places, { account: 'failed', address: 'failed' });
  await deps.store.transaction(async (tx) => {
    await tx.users.update(user.id, { failedLogins: account.failures, lockedUntil: account.lockedUntil });
    // Like passwords: the first failure of a series and the lockout, never each guess.
    if (account.failures === 1 || account.failures === deps.security.lockoutThreshold) {
      await recordAudit({ store: tx, clock: deps.clock }, null, request, {
        action: account.lockedUntil ? 'auth.account_locked' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        details: { reason: 'wrong_second_factor', failedAttempts: account.failures },
      });
    }
  });
}
