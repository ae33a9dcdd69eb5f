import type { Deps, SecuritySettings } from '../context.ts';
import type { AttemptLimit, AttemptOutcome } from '../ports.ts';
import { DomainError } from '../support/errors.ts';
import { createKeyedGate, type KeyedGate, type LeaveGate } from './keyed-gate.ts';

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
// How an attempt waits for a place that attempts in other processes hold.
const waitSteps = [25, 50, 100, 150, 250, 400, 500, 500, 500, 500, 500];

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

/** A place taken for one attempt on one key: in this process and in the database. */
export interface AttemptPlace {
  key: string;
  limit: AttemptLimit;
  leave: LeaveGate;
}

// One gate per store, i.e. per database connection of this process (tests get their own).
const gates = new WeakMap<object, KeyedGate>();
const maxWaitMs = 5_000;

/**
 * Takes a place for one sign-in attempt on `key` before any password is verified, or throws the
 * refusal. While the places are taken by attempts still being evaluated, it waits: a person
 * signing in from several tabs at once is served, and once those attempts have failed the
 * waiting ones are refused without a password check.
 */
export async function claimSignInAttempt(
  deps: Pick<Deps, 'store' | 'clock'>,
  kind: 'account' | 'address',
  key: string,
  limit: AttemptLimit,
): Promise<AttemptPlace> {
  const gate = gates.get(deps.store.throttle) ?? createKeyedGate();
  gates.set(deps.store.throttle, gate);
  const leave = await gate.enter(key, limit.limit, maxWaitMs);
  if (!leave) throw refusals.busy();
  try {
    // Places can still be held by other server processes: then ask the database again.
    for (const delay of [...waitSteps, null]) {
      const now = deps.clock.now();
      const claim = await deps.store.throttle.claim(key, now, limit);
      if (claim.granted) return { key, limit, leave };
      if (claim.reason === 'limited') {
        throw kind === 'account' ? refusals.account(claim.retryAt) : refusals.address(claim.retryAt, now);
      }
      if (delay === null) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw refusals.busy();
  } catch (error) {
    leave();
    throw error;
  }
}

/** Gives back the place an attempt held, with what came of it. */
export async function settleSignInAttempt(
  deps: Pick<Deps, 'store' | 'clock'>,
  place: AttemptPlace,
  outcome: AttemptOutcome,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  try {
    return await deps.store.throttle.settle(place.key, deps.clock.now(), place.limit, outcome);
  } finally {
    place.leave();
  }
}

/** The places an attempt holds: for its client address and for the account (by email). */
export interface AttemptPlaces {
  address: AttemptPlace;
  account: AttemptPlace;
}

/** Settles both places even when one fails, so no place stays taken in this process. */
export async function settlePlaces(
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

/** Takes the address's place, then the account's; gives the first back if the second is refused. */
export async function claimSignInPlaces(
  deps: Deps,
  email: string,
  clientIp: string | null,
): Promise<AttemptPlaces> {
  const address = await claimSignInAttempt(
    deps,
    'address',
    signInAddressKey(clientIp),
    addressLimit(deps.security),
  );
  try {
    const account = await claimSignInAttempt(
      deps,
      'account',
      signInAccountKey(email),
      accountLimit(deps.security),
    );
    return { address, account };
  } catch (error) {
    await settleSignInAttempt(deps, address, 'released');
    throw error;
  }
}
