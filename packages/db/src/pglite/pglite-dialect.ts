import type { PGlite } from '@electric-sql/pglite';
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from 'kysely';
import { PgliteDriver } from './pglite-driver.ts';

/** PostgreSQL's adapter, marked: the database behind it has one session for everyone. */
export class PgliteAdapter extends PostgresAdapter {}

/** True on PGlite: work that holds a transaction must not wait for another connection. */
export function isSingleSession(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PgliteAdapter;
}

/**
 * Kysely dialect for an embedded PGlite: PostgreSQL's SQL, adapter and introspection, with our
 * own driver that serializes access to PGlite's single session (see PgliteDriver).
 */
export class PgliteDialect implements Dialect {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createAdapter(): DialectAdapter {
    return new PgliteAdapter();
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#pglite);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}
