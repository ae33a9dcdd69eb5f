import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { Session, User } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import type { RequestMeta } from './actor.ts';
import { generateSecretToken, hashSecretToken } from './secret-token.ts';

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

/**
 * Password sign-in with two brakes: a per-address attempt limit (stops spraying many accounts)
 * and a per-account lockout after repeated failures (stops guessing one). Only the first failure
 * of a series and the lockout itself are audited, so an attack cannot flood the log; the count
 * is kept in the event details.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string },
  request: RequestMeta,
): Promise<SignInResult> {
  const { store, clock, security } = deps;
  const now = clock.now();
  const windowMs = security.attemptWindowMinutes * 60_000;
  const ipKey = `sign-in:ip:${request.clientIp ?? 'unknown'}`;
  if ((await store.throttle.count(ipKey, now, windowMs)) >= security.ipAttemptsPerWindow) {
    throw new DomainError('rate_limited', 'Too many sign-in attempts from this address. Try again later.', {
      retryAfterSeconds: security.attemptWindowMinutes * 60,
    });
  }
  const user = await store.users.findByEmail(input.email.trim());
  const passwordOk = await deps.passwords.verify(user?.passwordHash ?? decoyHash, input.password);
  if (user?.lockedUntil && user.lockedUntil > now) {
    throw new DomainError(
      'locked',
      'This account is locked after repeated failed sign-ins. Try again later.',
      {
        lockedUntil: user.lockedUntil.toISOString(),
      },
    );
  }
  const organisation = user ? await store.organisations.get(user.organisationId) : undefined;
  // An inactive organisation is treated like an inactive user: no session is ever created.
  if (!user?.active || !organisation?.active || !passwordOk) {
    await recordFailure(deps, user, input.email, ipKey, request);
    throw incorrect();
  }
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
  ipKey: string,
  request: RequestMeta,
): Promise<void> {
  const { store, clock, security } = deps;
  const now = clock.now();
  const ipHits = await store.throttle.hit(ipKey, now, security.attemptWindowMinutes * 60_000);
  if (!user) {
    if (ipHits === 1) {
      await recordAudit(deps, null, request, {
        action: 'auth.sign_in_failed',
        entityType: 'user',
        details: { reason: 'unknown_email', attemptsFromAddress: ipHits },
      });
    }
    return;
  }
  // A lock that has run out starts a new series rather than re-locking on the next slip.
  const expired = user.lockedUntil !== null && user.lockedUntil <= now;
  const failed = (expired ? 0 : user.failedLogins) + 1;
  const locks = failed >= security.lockoutThreshold;
  await store.transaction(async (tx) => {
    await tx.users.update(user.id, {
      failedLogins: failed,
      lockedUntil: locks ? new Date(now.getTime() + security.lockoutMinutes * 60_000) : null,
    });
    if (failed === 1 || failed === security.lockoutThreshold) {
      await recordAudit({ store: tx, clock }, null, request, {
        action: locks ? 'auth.account_locked' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        details: {
          reason: user.active ? 'wrong_password' : 'inactive',
          failedAttempts: failed,
          email: email.trim(),
        },
      });
    }
  });
}
