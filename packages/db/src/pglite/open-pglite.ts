import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export interface OpenPgliteOptions {
  /** Directory for PGlite's files; omitted means in memory. */
  dataDir?: string;
  /** Start from a dump made with `dumpDataDir()` (test templates, restores). */
  loadDataDir?: Blob;
}

/** PostgreSQL's oid of `date`. */
const dateOid = 1082;

/**
 * Starts PGlite with the extensions the migrations create. PGlite can only load an extension
 * that was registered when the instance was made, so this is the one place that makes them.
 * A `date` comes back as its 'YYYY-MM-DD' text, as on the PostgreSQL pool (see connect.ts):
 * PGlite's default Date would be UTC midnight, a different value than pg's.
 */
export async function openPglite(options: OpenPgliteOptions = {}): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pgcrypto, citext, pg_trgm, unaccent },
    parsers: { [dateOid]: (value: string) => value },
  });
}
