import type { Deps } from '../context.ts';
import type { Session } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import type { Actor } from './actor.ts';
import { actorOf } from './resolve-actor.ts';
import { hashSecretToken } from './secret-token.ts';

const expired = () => new DomainError('unauthenticated', 'Your session has ended. Sign in again.');

/**
 * Resolves a session cookie. Sessions slide: each use extends the idle deadline, never past
 * the absolute limit from sign-in. The touch is written at most once a minute to spare writes.
 */
export async function authenticateSession(
  deps: Deps,
  token: string,
): Promise<{ actor: Actor; session: Session }> {
  const now = deps.clock.now();
  // The session, its user and organisation in one read: this runs before every request.
  const holder = await deps.store.sessions.findHolderByTokenHash(hashSecretToken(token));
  if (!holder) throw expired();
  const { session } = holder;
  if (session.expiresAt <= now) {
    await deps.store.sessions.delete(session.id);
    throw expired();
  }
  const actor = actorOf(
    deps.security,
    holder.user,
    holder.organisation,
    holder.secondFactorConfirmed,
    session.id,
    undefined,
    session.signedInWith === 'provider_mfa',
  );
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    const absolute = session.createdAt.getTime() + deps.security.sessionAbsoluteHours * 3_600_000;
    const idle = now.getTime() + deps.security.sessionIdleMinutes * 60_000;
    const expiresAt = new Date(Math.min(absolute, idle));
    await deps.store.sessions.touch(session.id, now, expiresAt);
    return { actor, session: { ...session, lastSeenAt: now, expiresAt } };
  }
  return { actor, session };
}
