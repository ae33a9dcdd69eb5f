import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds pg_dump or pg_restore: OPENNRM_PG_BIN when the operator names a directory, else the
 * newest version installed under /usr/lib/postgresql (Debian, Ubuntu: pg_dump must be at least
 * the server's version, and Debian's /usr/bin wrapper picks by local cluster, not by the server
 * we talk to), else the PATH.
 */
export function findPostgresTool(tool: 'pg_dump' | 'pg_restore', pgBin?: string | null): string {
  if (pgBin) {
    const named = join(pgBin, tool);
    if (!existsSync(named)) throw new Error(`OPENNRM_PG_BIN is ${pgBin}, which holds no ${tool}.`);
    return named;
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = join(debian, version, 'bin', tool);
      if (existsSync(candidate)) return candidate;
    }
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  }
  throw new Error(
    `${tool} was not found: install PostgreSQL's client programs of the server's version (Debian: apt-get install postgresql-client) or set OPENNRM_PG_BIN to their directory.`,
  );
}
