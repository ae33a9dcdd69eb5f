/**
 * Applies the missing migrations to a PostgreSQL database: `npx tsx bench/migrate-db.ts postgres://...`.
 * `--smoke`: every migration on a throwaway empty database, created and dropped on the PostgreSQL
 * server BENCH_POSTGRES_SERVER names (postgres://user@host:port, as the int tests hand it over),
 * else in an in-memory PGlite (its initdb alone takes seconds).
 */
import { connect, migrate } from '@opennrm/db';
import pg from 'pg';
import { benchArgs, smoke } from './smoke.ts';

async function migrateOnce(options: Parameters<typeof connect>[0]): Promise<void> {
  const handle = await connect(options);
  try {
    const started = performance.now();
    console.log(await migrate(handle.db), `${Math.round(performance.now() - started)} ms`);
  } finally {
    await handle.close();
  }
}

/** `inside` on a database created empty for it and dropped afterwards. */
async function onThrowawayDatabase(server: string, inside: (url: string) => Promise<void>): Promise<void> {
  const name = `opennrm_migrate_smoke_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    try {
      await inside(`${server}/${name}`);
    } finally {
      await admin.query(`drop database ${name}`);
    }
  } finally {
    await admin.end();
  }
}

const server = process.env.BENCH_POSTGRES_SERVER;
if (!smoke) {
  if (!benchArgs[0]) throw new Error('The PostgreSQL database to migrate: postgres://...');
  await migrateOnce({ databaseUrl: benchArgs[0] });
} else if (server) {
  await onThrowawayDatabase(server, (databaseUrl) => migrateOnce({ databaseUrl, poolSize: 1 }));
} else {
  await migrateOnce({ memory: true });
}
