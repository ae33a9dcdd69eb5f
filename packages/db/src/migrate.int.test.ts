import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate.ts';
import { migrations } from './migrations/migrations.ts';
import { describeEachBackend } from './testing/describe-each-backend.ts';
import type { TestDatabase } from './testing/test-database.ts';

describeEachBackend('migrate', (open) => {
  let t: TestDatabase;
  const latest = migrations.at(-1)!.version;

  beforeAll(async () => {
    t = await open();
  });
  afterAll(() => t?.close());

  it('is idempotent: a migrated database has nothing to apply', async () => {
    expect(await schemaVersion(t.db)).toBe(latest);
    expect(await migrate(t.db)).toEqual({ applied: [], version: latest });
    expect(await migrate(t.db)).toEqual({ applied: [], version: latest });
  });

  it('records each applied version once', async () => {
    const rows = await t.db
      .selectFrom('opennrm_migrations')
      .select(['version', 'name'])
      .orderBy('version')
      .execute();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('applies a new migration in its own transaction, and a failing one leaves no trace', async () => {
    const next = latest + 1;
    const added = {
      version: next,
      name: 'test-add-table',
      up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
        await sql`create table migration_probe (id int primary key)`.execute(db);
      },
    };
    const failing = {
      version: next + 1,
      name: 'test-failing',
      up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
        await sql`create table half_done (id int)`.execute(db);
        await sql`select * from no_such_table`.execute(db);
      },
    };
    await expect(migrate(t.db, [...migrations, added, failing])).rejects.toThrow(/no_such_table/);
    expect(await schemaVersion(t.db)).toBe(next);
    const { rows } = await sql<{
      name: string | null;
    }>`select to_regclass('half_done')::text as name`.execute(t.db);
    expect(rows[0]?.name).toBeNull();
  });

  it('refuses a database migrated by a newer release, with a clear error', async () => {
    await expect(migrate(t.db)).rejects.toThrow(
      `The database schema is at version ${latest + 1}, but this release of OpenNRM only knows versions up to ${latest}.`,
    );
  });

  it('concurrent migrate calls apply each migration exactly once', async () => {
    const fresh = await open();
    try {
      const extra = Array.from({ length: 3 }, (_, i) => ({
        version: latest + 1 + i,
        name: `test-${i}`,
        up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
          await sql.raw(`create table concurrent_${i} (id int)`).execute(db);
        },
      }));
      const results = await Promise.all([1, 2, 3].map(() => migrate(fresh.db, [...migrations, ...extra])));
      expect(results.flatMap((r) => r.applied).sort()).toEqual(extra.map((m) => m.version));
      expect(results.every((r) => r.version === latest + 3)).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('applies a migration merged after a higher-numbered one was applied (modules built side by side)', async () => {
    const fresh = await open();
    try {
      const table = (version: number, name: string) => ({
        version,
        name,
        up: async (db: Parameters<(typeof migrations)[number]['up']>[0]) => {
          await sql.raw(`create table ${name} (id int)`).execute(db);
        },
      });
      const later = table(latest + 2, 'side_b');
      expect(await migrate(fresh.db, [...migrations, later])).toEqual({
        applied: [latest + 2],
        version: latest + 2,
      });
      const merged = [...migrations, table(latest + 1, 'side_a'), later];
      expect(await migrate(fresh.db, merged)).toEqual({ applied: [latest + 1], version: latest + 2 });
      expect(await migrate(fresh.db, merged)).toEqual({ applied: [], version: latest + 2 });
      const { rows } = await sql<{ name: string | null }>`select to_regclass('side_a')::text as name`.execute(
        fresh.db,
      );
      expect(rows[0]?.name).toBe('side_a');
    } finally {
      await fresh.close();
    }
  });
});
