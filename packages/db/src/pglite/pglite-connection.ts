import type { PGlite } from '@electric-sql/pglite';
import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';

const rowChangingCommands = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * The one PGlite session, seen as a Kysely connection. The driver hands it to one holder at a
 * time; this class only runs queries and translates results.
 */
export class PgliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters], {
      rowMode: 'object',
    });
    const command = result.command?.toUpperCase();
    // Kysely's commit checks for a ROLLBACK tag: PostgreSQL answers COMMIT of an aborted
    // transaction with ROLLBACK, and the caller must learn that nothing was saved.
    if (command === 'COMMIT' || command === 'ROLLBACK') {
      return { rows: [{ command } as R] };
    }
    if (command && rowChangingCommands.has(command)) {
      // rowCount is per statement; affectedRows is cumulative over a multi-statement string.
      const count = result.rowCount ?? result.affectedRows ?? 0;
      return { numAffectedRows: BigInt(count), rows: result.rows ?? [] };
    }
    return { rows: result.rows ?? [] };
  }

  /**
   * PGlite hands back a whole result at once (it lives in this process's memory anyway), so the
   * stream is that result cut into chunks; it exists so code written for PostgreSQL runs unchanged.
   */
  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 1000,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (!Number.isInteger(chunkSize) || chunkSize <= 0)
      throw new Error('chunkSize must be a positive integer');
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let start = 0; start < rows.length; start += chunkSize) {
      yield { rows: rows.slice(start, start + chunkSize) };
    }
  }

  /** True when the session was left inside a transaction block (BEGIN without COMMIT/ROLLBACK). */
  isInTransaction(): boolean {
    return this.#pglite.isInTransaction();
  }
}
