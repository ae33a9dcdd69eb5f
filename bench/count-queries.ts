import pg from 'pg';
import { PgliteConnection } from '../packages/db/src/pglite/pglite-connection.ts';

export interface QueryCounter {
  /** The statements sent to the database while `work` ran (run it alone: nothing else is told apart). */
  during(work: () => Promise<void>): Promise<string[]>;
  /** Puts the drivers back as they were. */
  stop(): void;
}

/**
 * Counts statements at the drivers, below Kysely: every query of node-postgres's clients (the
 * app's pool and the bare server's alike) and of the embedded database's one connection. A bench
 * tool: the app is not told, so what it sends is what it would send anyway.
 */
export function countQueries(): QueryCounter {
  let seen: string[] | null = null;
  const pgQuery = pg.Client.prototype.query;
  const pgliteQuery = PgliteConnection.prototype.executeQuery;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = args[0];
    seen?.push(typeof text === 'string' ? text : ((text as { text?: string })?.text ?? '?'));
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
  PgliteConnection.prototype.executeQuery = function (this: PgliteConnection, query) {
    seen?.push(query.sql);
    return pgliteQuery.call(this, query);
  } as typeof pgliteQuery;
  return {
    async during(work) {
      const statements: string[] = [];
      seen = statements;
      try {
        await work();
      } finally {
        seen = null;
      }
      return statements;
    },
    stop() {
      pg.Client.prototype.query = pgQuery;
      PgliteConnection.prototype.executeQuery = pgliteQuery;
    },
  };
}
