import type { AttemptLimit, ThrottleStore } from '../ports.ts';

export interface ThrottleRow {
  windowStart: number;
  hits: number;
  /** Attempts granted and not yet settled, and when the last was granted. */
  pending?: number;
  pendingAt?: number;
}

/**
 * The database's throttle semantics in memory. Each method runs without an await, which is what
 * makes it atomic here; the database gets the same from single statements.
 */
export function createMemoryThrottleStore(rows: () => Map<string, ThrottleRow>): ThrottleStore {
  const expired = (row: ThrottleRow, now: number, l: AttemptLimit) =>
    row.windowStart <= now - (row.hits >= l.limit ? l.lockMs : l.windowMs);
  const inFlight = (row: ThrottleRow, now: number, l: AttemptLimit) =>
    row.pendingAt !== undefined && row.pendingAt > now - l.slotMs ? (row.pending ?? 0) : 0;

  return {
    hit: async (key, now, windowMs) => {
      const row = rows().get(key);
      const fresh = !row || row.windowStart <= now.getTime() - windowMs;
      const next = fresh ? { windowStart: now.getTime(), hits: 1 } : { ...row, hits: row.hits + 1 };
      rows().set(key, next);
      return next.hits;
    },
    count: async (key, now, windowMs) => {
      const row = rows().get(key);
      return !row || row.windowStart <= now.getTime() - windowMs ? 0 : row.hits;
    },
    reset: async (key) => void rows().delete(key),

    claim: async (key, at, l) => {
      const now = at.getTime();
      const row = rows().get(key) ?? { windowStart: now, hits: 0 };
      const fresh = expired(row, now, l);
      const failures = fresh ? 0 : row.hits;
      const busy = inFlight(row, now, l);
      if (failures + busy >= l.limit) {
        const limited = failures >= l.limit;
        return {
          granted: false,
          reason: limited ? 'limited' : 'busy',
          retryAt: new Date(limited ? row.windowStart + l.lockMs : now),
        };
      }
      rows().set(key, {
        windowStart: fresh ? now : row.windowStart,
        hits: failures,
        pending: busy + 1,
        pendingAt: now,
      });
      return { granted: true };
    },

    settle: async (key, at, l, outcome) => {
      const now = at.getTime();
      const row = rows().get(key);
      if (!row) return { failures: 0, lockedUntil: null };
      const next = { ...row, pending: Math.max(inFlight(row, now, l) - 1, 0) };
      if (outcome === 'cleared') Object.assign(next, { hits: 0, windowStart: now });
      if (outcome === 'failed') {
        const fresh = expired(row, now, l);
        next.hits = (fresh ? 0 : row.hits) + 1;
        // The failure that reaches the limit starts the lock.
        if (fresh || next.hits === l.limit) next.windowStart = now;
      }
      rows().set(key, next);
      return {
        failures: next.hits,
        lockedUntil: next.hits >= l.limit ? new Date(next.windowStart + l.lockMs) : null,
      };
    },
  };
}
