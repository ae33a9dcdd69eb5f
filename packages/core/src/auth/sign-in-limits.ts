import type { Deps, SecuritySettings } from '../context.ts';
import type { AttemptLimit, AttemptOutcome } from '../ports.ts';
import { DomainError } from '../support/errors.ts';

/**
 * The account key is the email as typed (normalised), whether or not a user has it: an unknown
 * email fills and locks exactly like a registered one, so the answers never tell them apart.
 */
export function signInAccountKey(email: string): string {
  return `sign-in:account:${email.trim().toLowerCase()}`;
}

export function signInAddressKey(clientIp: string | null): string {
  return `sign-in:ip:${clientIp ?? 'unknown'}`;
}

// Verifying a password takes well under a second; a place held longer belongs to a dead process.
const slotMs = 60_000;
// How long an attempt waits for a place while others on the same key are being evaluated.
const waitSteps = [10, 20, 40, 80, 150, 250, 400, 500, 500, 500, 500, 500];

export function accountLimit(security: SecuritySettings): AttemptLimit {
  return {
    limit: security.lockoutThreshold,
    windowMs: security.attemptWindowMinutes * 60_000,
    lockMs: security.lockoutMinutes * 60_000,
    slotMs,
  };
}

export function addressLimit(security: SecuritySettings): AttemptLimit {
  const windowMs = security.attemptWindowMinutes * 60_000;
  return { limit: security.ipAttemptsPerWindow, windowMs, lockMs: windowMs, slotMs };
}

export const lockedMessage =
  'Sign-in with this email is locked after repeated failed attempts. Try again later.';

const refusals = {
  account: (retryAt: Date) =>
    new DomainError('locked', lockedMessage, { lockedUntil: retryAt.toISOString() }),
  address: (retryAt: Date, now: Date) =>
    new DomainError('rate_limited', 'Too many sign-in attempts from this address. Try again later.', {
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
    }),
  busy: () =>
    new DomainError('rate_limited', 'Too many sign-in attempts at once. Try again in a moment.', {
      retryAfterSeconds: 1,
    }),
};

/**
 * Takes a place for one sign-in attempt on `key` before any password is verified, or throws the
 * refusal. While the places are taken by attempts still being evaluated, it waits a little: a
 * person signing in from several tabs at once is served, and once those attempts have failed
 * the waiting ones are refused without a password check.
 */
export async function claimSignInAttempt(
  deps: Pick<Deps, 'store' | 'clock'>,
  kind: 'account' | 'address',
  key: string,
  limit: AttemptLimit,
): Promise<void> {
  for (const delay of [...waitSteps, null]) {
    const now = deps.clock.now();
    const claim = await deps.store.throttle.claim(key, now, limit);
    if (claim.granted) return;
    if (claim.reason === 'limited') {
      throw kind === 'account' ? refusals.account(claim.retryAt) : refusals.address(claim.retryAt, now);
    }
    if (delay === null) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  throw refusals.busy();
}

/** Gives back the place an attempt held, with what came of it. */
export function settleSignInAttempt(
  deps: Pick<Deps, 'store' | 'clock'>,
  key: string,
  limit: AttemptLimit,
  outcome: AttemptOutcome,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  return deps.store.throttle.settle(key, deps.clock.now(), limit, outcome);
}
