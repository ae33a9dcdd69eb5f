import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { Organisation, Session, User } from '../model.ts';
import type { AttemptOutcome } from '../ports.ts';
import { DomainError } from '../support/errors.ts';
import type { RequestMeta } from './actor.ts';
import { generateSecretToken, hashSecretToken } from './secret-token.ts';
import {
  type AttemptPlace,
  accountLimit,
  addressLimit,
  claimSignInAttempt,
  settleSignInAttempt,
  signInAccountKey,
  signInAddressKey,
} from './sign-in-limits.ts';

export interface SignInResult {
  user: User;
  session: Session;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
}

// A real argon2id hash of a random password: verifying against it costs the same as against a
// user's, so response time does not tell whether an email is registered.
const decoyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$zjrFrjhUofcV8Bc7hUa/Gg$oCoqysM9+Z18TknX2SJtLuH+5JjdI7NxPLZYpIDqYZ0';

const incorrect = () => new DomainError('unauthenticated', 'The email or password is incorrect.');

/** The places an attempt holds: for its client address and for the account (by email). */
interface AttemptPlaces {
  address: AttemptPlace;
  account: AttemptPlace;
}

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
  const { store, clock, security } = deps;
  const email = input.email.trim();
  const address = await claimSignInAttempt(
    deps,
    'address',
    signInAddressKey(request.clientIp),
    addressLimit(security),
  );
  let account: AttemptPlace;
  try {
    account = await claimSignInAttempt(deps, 'account', signInAccountKey(email), accountLimit(security));
  } catch (error) {
    await settleSignInAttempt(deps, address, 'released');
    throw error;
  }
  const places: AttemptPlaces = { address, account };
  let user: User | undefined;
  let organisation: Organisation | undefined;
  let passwordOk: boolean;
  try {
    user = await store.users.findByEmail(email);
    passwordOk = await deps.passwords.verify(user?.passwordHash ?? decoyHash, input.password);
    organisation = user ? await store.organisations.get(user.organisationId) : undefined;
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
  // A success frees its place but never clears the address's failures: one valid account must
  // not reset the count of an address spraying others.
  await settlePlaces(deps, places, { account: 'cleared', address: 'released' });
  const now = clock.now();
  return store.transaction(async (tx) => {
    await tx.users.update(user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    const sessionToken = generateSecretToken();
    const session: Session = {
      id: deps.newId(),
      userId: user.id,
      tokenHash: hashSecretToken(sessionToken),
      csrfToken: generateSecretToken(),
      clientIp: request.clientIp,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + security.sessionIdleMinutes * 60_000),
    };
    await tx.sessions.create(session);
    const actor = { userId: user.id, organisationId: user.organisationId, roles: user.roles };
    await tx.audit.append({
      at: now,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      actorRoles: [...actor.roles],
      action: 'auth.signed_in',
      entityType: 'session',
      entityId: session.id,
      clientIp: request.clientIp,
      requestId: request.requestId,
      details: {},
    });
    return { user: { ...user, lastLoginAt: now, failedLogins: 0, lockedUntil: null }, session, sessionToken };
  });
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

/** Settles both places even when one fails, so no place stays taken in this process. */
async function settlePlaces(
  deps: Deps,
  places: AttemptPlaces,
  outcomes: Record<keyof AttemptPlaces, AttemptOutcome>,
): Promise<Record<keyof AttemptPlaces, { failures: number; lockedUntil: Date | null }>> {
  const [account, address] = await Promise.allSettled([
    settleSignInAttempt(deps, places.account, outcomes.account),
    settleSignInAttempt(deps, places.address, outcomes.address),
  ]);
  if (account.status === 'rejected') throw account.reason;
  if (address.status === 'rejected') throw address.reason;
  return { account: account.value, address: address.value };
}
