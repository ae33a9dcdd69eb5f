import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';

describeEachBackend('copyInto (COPY bulk load)', (open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
    await sql`create table copy_probe (id integer primary key, label text, tags text[], flag boolean, at timestamptz)`.execute(
      database.db,
    );
  });
  afterAll(() => database.close());

  it('writes every row with quotes, commas, newlines, nulls, empty strings and arrays intact', async () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const rows = [
      [1, 'plain', ['a', 'b'], true, at],
      [2, 'comma, "quote"\nnewline', ['x,y', 'q"uote', 'back\\slash'], false, null],
      [3, '', [], null, null],
      [4, null, ['NULL'], true, at],
    ];
    async function* generate() {
      yield* rows;
    }
    expect(await database.copyInto('copy_probe', ['id', 'label', 'tags', 'flag', 'at'], generate())).toBe(4);
    const back = await sql<{
      id: number;
      label: string | null;
      tags: string[];
      flag: boolean | null;
      at: Date | null;
    }>`
      select * from copy_probe order by id`.execute(database.db);
    expect(back.rows.map((r) => [r.id, r.label, r.tags, r.flag, r.at?.toISOString() ?? null])).toEqual(
      rows.map((r) => [r[0], r[1], r[2], r[3], (r[4] as Date | null)?.toISOString() ?? null]),
    );
  });

  it('loads many rows in several batches and leaves the connection usable', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => [
      1000 + i,
      `row ${i}`.repeat(20),
      [],
      i % 2 === 0,
      null,
    ]);
    expect(await database.copyInto('copy_probe', ['id', 'label', 'tags', 'flag', 'at'], many)).toBe(30_000);
    const count = await sql<{
      n: number;
    }>`select count(*)::int as n from copy_probe where id >= 1000`.execute(database.db);
    expect(count.rows[0]?.n).toBe(30_000);
  });

  it('rejects a bad row with the database error and refuses names that are not identifiers', async () => {
    await expect(database.copyInto('copy_probe', ['id', 'label'], [[1, 'duplicate id']])).rejects.toThrow(
      /duplicate|unique/i,
    );
    await expect(database.copyInto('copy_probe; drop table x', ['id'], [])).rejects.toThrow(/identifier/);
    const count = await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(database.db);
    expect(count.rows[0]?.n).toBe(30_004);
  });
});
