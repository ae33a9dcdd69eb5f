/**
 * PostgreSQL's codes for a transaction that lost a conflict with another and was rolled back:
 * deadlock_detected (two writers locking the same rows in opposite orders, for example a case's
 * forms changed while one of its defendants moves to another case, migrations 40 and 42) and
 * serialization_failure. Run again, it simply waits for the winner and succeeds.
 */
const lostConflict = new Set(['40P01', '40001']);

export const transactionAttempts = 3;

/** Whether an error is a lost conflict that the whole transaction may be run again for. */
export function isLostConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && lostConflict.has(code);
}

/**
 * Runs a whole transaction, again after a lost conflict (up to `attempts` times, with a short
 * random pause so the two losers of a three-way conflict do not collide again). The transaction
 * rolled back, so nothing of the first run is left; the work must not act outside the database
 * before it commits, which the use cases keep (mail and jobs are rows written in the transaction).
 */
export async function retryLostConflict<T>(
  run: () => Promise<T>,
  attempts = transactionAttempts,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isLostConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
