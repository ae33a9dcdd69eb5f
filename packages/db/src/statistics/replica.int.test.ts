import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Connection, connect } from '../connect.ts';
import { createStore } from '../create-store.ts';
import { migrate } from '../migrate.ts';
import { startPrimaryWithReplica } from '../testing/postgres-replica.ts';
import { postgresAvailable } from '../testing/postgres-server.ts';

/**
 * Reports read from a real streaming replica (pg_basebackup -R of a throwaway primary): the
 * statistics store reads there and says how far behind it is; held back (replay paused), the
 * replica does not show what the primary has just written and the lag says so.
 */
describe.skipIf(!postgresAvailable())('statistics on a streaming replica', () => {
  it('reads from the replica and reports its lag', async () => {
    const cluster = await startPrimaryWithReplica();
    let primary: Connection | null = null;
    let replica: Connection | null = null;
    try {
      primary = await connect({ databaseUrl: cluster.primaryUrl, poolSize: 2 });
      replica = await connect({ databaseUrl: cluster.replicaUrl, poolSize: 2 });
      await migrate(primary.db);
      const store = createStore(primary.db, { replica: replica.db });
      const caughtUp = async (lsn: 'replay' | 'receive') => {
        const target = (
          await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary!.db)
        ).rows[0]?.lsn;
        const { rows } = await sql<{ done: boolean }>`
          select pg_wal_lsn_diff(${sql.raw(lsn === 'replay' ? 'pg_last_wal_replay_lsn()' : 'pg_last_wal_receive_lsn()')}, ${target}::pg_lsn) >= 0 as done`.execute(
          replica!.db,
        );
        return rows[0]?.done === true;
      };
      await until(() => caughtUp('replay'));
      expect(await store.statistics.freshness?.()).toEqual({ replica: true, lagSeconds: 0 });

      await sql`select pg_wal_replay_pause()`.execute(replica.db);
      const name = `Written after the pause ${randomUUID()}`;
      await primary.db
        .insertInto('organisations')
        .values({
          id: randomUUID(),
          name,
          type: 'ngo',
          region: null,
          parent_id: null,
          active: true,
          address_sealed: null,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute();
      await until(() => caughtUp('receive'));
      const held = await store.statistics.freshness?.();
      expect(held?.replica).toBe(true);
      expect(held?.lagSeconds).toBeGreaterThan(0);
      const onReplica = await replica.db
        .selectFrom('organisations')
        .select('name')
        .where('name', '=', name)
        .execute();
      expect(onReplica).toHaveLength(0);

      await sql`select pg_wal_replay_resume()`.execute(replica.db);
      await until(() => caughtUp('replay'));
      expect(await store.statistics.freshness?.()).toEqual({ replica: true, lagSeconds: 0 });
      // Without a replica the store says nothing of freshness: the report shows no lag line.
      expect(createStore(primary.db).statistics.freshness).toBeUndefined();
    } finally {
      await replica?.close();
      await primary?.close();
      cluster.stop();
    }
  }, 60_000);
});

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the replica did not catch up');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
