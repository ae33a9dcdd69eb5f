import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';

describeEachBackend("dialect: one request never sees another request's transaction", (open, backend) => {
  let t: TestDatabase;
  const now = new Date('2025-03-01T10:00:00.123Z');
  const org = (name: string) => ({
    id: randomUUID(),
    name,
    type: 'ngo' as const,
    region: null,
    parent_id: null,
    active: true,
    address_sealed: null,
    created_at: now,
    updated_at: now,
  });

  beforeAll(async () => {
    t = await open();
  });
  afterAll(() => t?.close());

  it('a rollback in request A never undoes request B written while A was open', async () => {
    let releaseA!: () => void;
    const aMayFinish = new Promise<void>((resolve) => {
      releaseA = resolve;
    });
    let aInserted!: () => void;
    const aHasInserted = new Promise<void>((resolve) => {
      aInserted = resolve;
    });
    const requestA = t.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('organisations').values(org('written by A')).execute();
        aInserted();
        await aMayFinish;
        throw new Error('A fails');
      })
      .catch((error: Error) => error.message);
    await aHasInserted;
    // B starts while A's transaction is open; on PGlite it waits for the session, on PostgreSQL
    // it uses another connection. Either way it must not be part of A.
    const requestB = t.db.insertInto('organisations').values(org('written by B')).execute();
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseA();
    expect(await requestA).toBe('A fails');
    await requestB;
    const names = await t.db.selectFrom('organisations').select('name').orderBy('name').execute();
    expect(names.map((row) => row.name)).toEqual(['written by B']);
  });

  it('many concurrent transactions each commit or roll back as a unit', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('organisations')
            .values(org(`bulk ${i} first`))
            .execute();
          await new Promise((resolve) => setTimeout(resolve, i % 3));
          await trx
            .insertInto('organisations')
            .values(org(`bulk ${i} second`))
            .execute();
          if (i % 2 === 1) throw new Error('odd ones fail');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const rows = await t.db
      .selectFrom('organisations')
      .select('name')
      .where('name', 'like', 'bulk %')
      .execute();
    const names = rows.map((row) => row.name);
    expect(names).toHaveLength(20);
    for (let i = 0; i < 20; i += 2) expect(names).toContain(`bulk ${i} second`);
  });

  it('reports affected rows of insert, update and delete', async () => {
    const inserted = await t.db
      .insertInto('organisations')
      .values([org('count 1'), org('count 2'), org('count 3')])
      .executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(3n);
    const updated = await t.db
      .updateTable('organisations')
      .set({ region: 'North' })
      .where('name', 'like', 'count %')
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(3n);
    const none = await t.db
      .updateTable('organisations')
      .set({ region: 'x' })
      .where('name', '=', 'nobody')
      .executeTakeFirst();
    expect(none.numUpdatedRows).toBe(0n);
    const deleted = await t.db
      .deleteFrom('organisations')
      .where('name', 'in', ['count 1', 'count 2'])
      .executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(2n);
  });

  it('a failed statement aborts only its own transaction, and the session stays usable', async () => {
    const duplicate = org('duplicate name');
    await t.db.insertInto('organisations').values(duplicate).execute();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.insertInto('organisations').values(org('rolled back with the failure')).execute();
        await trx
          .insertInto('organisations')
          .values({ ...org('duplicate name') })
          .execute();
      }),
    ).rejects.toThrow(/duplicate key|unique/);
    const found = await t.db
      .selectFrom('organisations')
      .select('name')
      .where('name', '=', 'rolled back with the failure')
      .execute();
    expect(found).toEqual([]);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.db);
    expect(rows[0]?.one).toBe(1);
  });

  it('round-trips timestamps exactly (milliseconds) and bigint as number', async () => {
    const at = new Date('2024-02-29T23:59:59.999Z');
    const row = org('timestamps');
    await t.db
      .insertInto('organisations')
      .values({ ...row, created_at: at })
      .execute();
    const read = await t.db
      .selectFrom('organisations')
      .select('created_at')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(read.created_at).toBeInstanceOf(Date);
    expect(read.created_at.getTime()).toBe(at.getTime());
    const { rows } = await sql<{ n: number }>`select 9007199254740991::bigint as n`.execute(t.db);
    expect(rows[0]?.n).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reads a date as its YYYY-MM-DD text, whatever the time zone of the session', async () => {
    // One connection, so the setting and the query meet on PostgreSQL's pool too.
    const rows = await t.db.connection().execute(async (db) => {
      await sql`set time zone 'America/Los_Angeles'`.execute(db);
      const result = await sql<{ d: string; none: string | null }>`
        select ${'2024-02-29'}::date as d, null::date as none`.execute(db);
      await sql`reset time zone`.execute(db);
      return result.rows;
    });
    expect(rows[0]).toEqual({ d: '2024-02-29', none: null });
  });

  // On PostgreSQL, Kysely streams through pg-cursor, which is not a dependency (nothing streams yet).
  if (backend === 'pglite') {
    it('streams query results in chunks', async () => {
      const chunks: number[] = [];
      for await (const chunk of t.db.selectFrom('organisations').select('id').stream(2)) {
        chunks.push(1);
        expect(chunk).toHaveProperty('id');
      }
      expect(chunks.length).toBeGreaterThan(0);
    });
  }
});
