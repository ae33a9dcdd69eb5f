import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import { FifoMutex } from './fifo-mutex.ts';
import { PgliteConnection } from './pglite-connection.ts';

/**
 * Kysely driver for PGlite. PGlite has ONE session, so there is one connection and a FIFO lock
 * around it: whoever acquires it (a single query or a whole transaction, from BEGIN to
 * COMMIT/ROLLBACK) owns the session until release. Without this, a request's query would run
 * inside another request's open transaction and vanish with that transaction's rollback.
 *
 * Consequence: code holding a transaction must not wait on a query through the outer `db`
 * (it would wait for itself forever); pass the transaction down instead, as createStore does.
 */
export class PgliteDriver implements Driver {
  readonly #pglite: PGlite;
  readonly #mutex = new FifoMutex();
  readonly #connection: PgliteConnection;
  #destroyed = false;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
    this.#connection = new PgliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // The usual cause of a long wait is a deadlock in the caller (see the class comment); say so
    // instead of hanging silently.
    const warning = setTimeout(() => {
      console.warn(
        `PGlite: a query has waited ${stuckWarningMs / 1000}s for the database session. If it was issued ` +
          'through the outer db while a transaction was open, it waits for itself: use the transaction.',
      );
    }, stuckWarningMs);
    warning.unref();
    try {
      await this.#mutex.lock();
    } finally {
      clearTimeout(warning);
    }
    if (this.#destroyed) {
      this.#mutex.unlock();
      throw new Error('The PGlite database has been closed.');
    }
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let statement = 'begin';
    if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) statement += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ command?: string }>(CompiledQuery.raw('commit'));
    if (rows[0]?.command === 'ROLLBACK') {
      throw new Error('The transaction was aborted by an earlier error and has been rolled back.');
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdent(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdent(name)}`));
  }

  async releaseConnection(): Promise<void> {
    try {
      // A raw BEGIN sent outside Kysely's transaction API would otherwise leak the open
      // transaction into the next holder's queries; end it before anyone else gets the session.
      if (!this.#destroyed && this.#connection.isInTransaction()) {
        await this.#connection.executeQuery(CompiledQuery.raw('rollback'));
      }
    } finally {
      this.#mutex.unlock();
    }
  }

  /** Waits for the current holder to finish, then closes PGlite. */
  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    await this.#mutex.lock();
    this.#destroyed = true;
    try {
      if (!this.#pglite.closed) await this.#pglite.close();
    } finally {
      this.#mutex.unlock();
    }
  }
}

const stuckWarningMs = 15_000;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
