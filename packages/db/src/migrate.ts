import { type Kysely, sql } from 'kysely';
import type { Migration } from './migrations/migration.ts';
import { migrations as knownMigrations } from './migrations/migrations.ts';
import type { Database } from './schema.ts';

/** Any constant works; it only has to be the same in every process that migrates this schema. */
const migrationLockKey = 7_316_001;

export interface MigrationResult {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** The database's version afterwards. */
  version: number;
}

/**
 * Brings the schema up to the newest migration the code knows. Each migration runs in its own
 * transaction holding an advisory lock, so two processes starting at once never migrate the same
 * database twice (the second waits, then finds nothing to do). Refuses a database migrated by a
 * newer release: running old code on it could corrupt data the old code does not understand.
 */
export async function migrate(
  db: Kysely<Database>,
  migrations: readonly Migration[] = knownMigrations,
): Promise<MigrationResult> {
  const latest = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  let version = 0;
  for (const migration of migrations) {
    version = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${migrationLockKey})`.execute(trx);
      await sql`create table if not exists opennrm_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null
      )`.execute(trx);
      const current = await currentVersion(trx);
      if (current > latest) throw newerDatabaseError(current, latest);
      // Each version is looked up, not compared with the newest: a migration merged after a
      // higher-numbered one (two modules built side by side) is still applied to a database
      // that already has the higher one.
      if (await isApplied(trx, migration.version)) return current;
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('opennrm_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date() })
        .execute();
      applied.push(migration.version);
      return Math.max(current, migration.version);
    });
  }
  if (migrations.length === 0) version = await schemaVersion(db);
  return { applied, version };
}

/** The newest applied version, 0 for an empty database. */
export async function schemaVersion(db: Kysely<Database>): Promise<number> {
  const exists = await sql<{
    found: string | null;
  }>`select to_regclass('opennrm_migrations')::text as found`.execute(db);
  if (!exists.rows[0]?.found) return 0;
  return currentVersion(db);
}

/**
 * The versions of `migrations` the database has not applied (all of them on an empty database),
 * for readiness: a server whose schema is behind its code must not be sent traffic.
 */
export async function missingMigrations(
  db: Kysely<Database>,
  migrations: readonly Migration[] = knownMigrations,
): Promise<number[]> {
  const exists = await sql<{
    found: string | null;
  }>`select to_regclass('opennrm_migrations')::text as found`.execute(db);
  if (!exists.rows[0]?.found) return migrations.map((m) => m.version);
  const rows = await db.selectFrom('opennrm_migrations').select('version').execute();
  const applied = new Set(rows.map((r) => Number(r.version)));
  return migrations.map((m) => m.version).filter((v) => !applied.has(v));
}

async function isApplied(db: Kysely<Database>, version: number): Promise<boolean> {
  const row = await db
    .selectFrom('opennrm_migrations')
    .select('version')
    .where('version', '=', version)
    .executeTakeFirst();
  return row !== undefined;
}

async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('opennrm_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

function newerDatabaseError(current: number, latest: number): Error {
  return new Error(
    `The database schema is at version ${current}, but this release of OpenNRM only knows versions up to ${latest}. ` +
      'It was migrated by a newer release; run that release (or restore a backup taken before the upgrade).',
  );
}
