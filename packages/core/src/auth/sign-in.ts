import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { Organisation, SecondFactor, User } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import type { RequestMeta } from './actor.ts';
import { generateSecretToken, hashSecretToken } from './secret-token.ts';
import { type AttemptPlaces, claimSignInPlaces, settlePlaces } from './sign-in-limits.ts';
import { type StartedSession, startSession } from './start-session.ts';

/** Signed in, or the password was right and the second factor is asked for next. */
export type SignInResult =
  | ({ step: 'signed_in' } & StartedSession)
  | { step: 'second_factor'; challenge: string; expiresAt: Date };

// Long enough to open the phone's app, short enough that a left screen is not an open door.
const challengeMinutes = 5;

// A real argon2id hash of a random password: verifying against it costs the same as against a
// user's, so response time does not tell whether an email is registered.
const decoyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$zjrFrjhUofcV8Bc7hUa/Gg$oCoqysM9+Z18TknX2SJtLuH+5JjdI7NxPLZYpIDqYZ0';

const incorrect = () => new DomainError('unauthenticated', 'The email or password is incorrect.');

/**
 * Password sign-in with two brakes: a per-address attempt limit (stops spraying many accounts)
 * and a per-account lockout after repeated failures (stops guessing one). Both are places taken
 * in the database before the password is verified, so concurrent requests, in any number of
 * server processes, cannot all be evaluated against a limit read before any of them failed.
 * A locked account and an unknown email get the same answers after the same attempts. Only the
 * first failure of a series and the lockout itself are audited, so an attack cannot flood the
 * log; the count is kept in the event details.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string },
  request: RequestMeta,
): Promise<SignInResult> {
  const { store } = deps;
  const email = input.email.trim();
  const places = await claimSignInPlaces(deps, email, request.clientIp);
  let user: User | undefined;
  let organisation: Organisation | undefined;
  let factor: SecondFactor | undefined;
  let passwordOk: boolean;
  try {
    user = await store.users.findByEmail(email);
    passwordOk = await deps.passwords.verify(user?.passwordHash ?? decoyHash, input.password);
    organisation = user ? await store.organisations.get(user.organisationId) : undefined;
    factor = user && passwordOk ? await store.secondFactors.get(user.id) : undefined;
  } catch (error) {
    // A fault is no failed attempt: give the places back rather than hold them for a minute.
    await settlePlaces(deps, places, { account: 'released', address: 'released' }).catch(() => undefined);
    throw error;
  }
  // An inactive organisation is treated like an inactive user: no session is ever created.
  if (!user?.active || !organisation?.active || !passwordOk) {
    await recordFailure(deps, user, email, places, request);
    throw incorrect();
  }
  if (factor?.confirmedAt) {
    // Not a success yet: the account's failures stay, so a known password does not buy fresh
    // guesses at the code (the code step counts its failures on the same places).
    await settlePlaces(deps, places, { account: 'released', address: 'released' });
    return openChallenge(deps, user);
  }
  // A success frees its place but never clears the address's failures: one valid account must
  // not reset the count of an address spraying others.
  await settlePlaces(deps, places, { account: 'cleared', address: 'released' });
  const signedIn = await store.transaction((tx) => startSession(deps, tx, user, request, 'password'));
  return { step: 'signed_in', ...signedIn };
}

async function openChallenge(deps: Deps, user: User): Promise<SignInResult> {
  const now = deps.clock.now();
  const challenge = generateSecretToken();
  const expiresAt = new Date(now.getTime() + challengeMinutes * 60_000);
  await deps.store.secondFactors.createChallenge({
    id: deps.newId(),
    userId: user.id,
    tokenHash: hashSecretToken(challenge),
    createdAt: now,
    expiresAt,
  });
  return { step: 'second_factor', challenge, expiresAt };
}

async function recordFailure(
  deps: Deps,
  user: User | undefined,
  email: string,
  places: AttemptPlaces,
  request: RequestMeta,
): Promise<void> {
  const { store, clock, security } = deps;
  const { account, address } = await settlePlaces(deps, places, { account: 'failed', address: 'failed' });
  if (!user) {
    if (address.failures === 1) {
      await recordAudit(deps, null, request, {
        action: 'auth.sign_in_failed',
        entityType: 'user',
        details: { reason: 'unknown_email', attemptsFromAddress: address.failures },
      });
    }
    return;
  }
  const failed = account.failures;
  await store.transaction(async (tx) => {
    // The user row mirrors the count for the administrator's view; the throttle row decides.
    await tx.users.update(user.id, { failedLogins: failed, lockedUntil: account.lockedUntil });
    if (failed === 1 || failed === security.lockoutThreshold) {
      await recordAudit({ store: tx, clock }, null, request, {
        action: account.lockedUntil ? 'auth.account_locked' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        details: {
          reason: user.active ? 'wrong_password' : 'inactive',
          failedAttempts: failed,
          email,
        },
      });
    }
  });
}
