import type { Deps } from '../context.ts';
import type { Session, SignInMethod, User } from '../model.ts';
import type { Store } from '../ports.ts';
import type { RequestMeta } from './actor.ts';
import { generateSecretToken, hashSecretToken } from './secret-token.ts';

export interface StartedSession {
  user: User;
  session: Session;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
}

/**
 * Opens a session for a user whose every factor was checked, inside the caller's transaction:
 * the failure count goes back to zero and `auth.signed_in` is audited with how they signed in.
 */
export async function startSession(
  deps: Pick<Deps, 'clock' | 'security' | 'newId'>,
  tx: Store,
  user: User,
  request: RequestMeta,
  method: SignInMethod,
): Promise<StartedSession> {
  const now = deps.clock.now();
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
    expiresAt: new Date(now.getTime() + deps.security.sessionIdleMinutes * 60_000),
    signedInWith: method,
  };
  await tx.sessions.create(session);
  await tx.audit.append({
    at: now,
    actorUserId: user.id,
    actorOrganisationId: user.organisationId,
    actorRoles: [...user.roles],
    action: 'auth.signed_in',
    entityType: 'session',
    entityId: session.id,
    clientIp: request.clientIp,
    requestId: request.requestId,
    // The password alone is the usual case: say only when a second factor was part of it.
    details: method === 'password' ? {} : { method },
  });
  return { user: { ...user, lastLoginAt: now, failedLogins: 0, lockedUntil: null }, session, sessionToken };
}
