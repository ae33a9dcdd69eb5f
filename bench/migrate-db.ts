/** Applies the missing migrations to a PostgreSQL database: `npx tsx bench/migrate-db.ts postgres://...`. */
import { connect, migrate } from '@opennrm/db';

const handle = await connect({ databaseUrl: process.argv[2] });
try {
  const started = performance.now();
  console.log(await migrate(handle.db), `${Math.round(performance.now() - started)} ms`);
} finally {
  await handle.close();
}
