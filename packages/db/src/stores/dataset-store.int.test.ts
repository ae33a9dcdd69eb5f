import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { createDatasetStore } from './dataset-store.ts';

describeEachBackend('dataset store (imported CTDC datasets)', (open) => {
  let database: TestDatabase;
  const ids = { old: randomUUID(), current: randomUUID(), loading: randomUUID(), replaced: randomUUID() };
  beforeAll(async () => {
    database = await open();
    const row = (id: string, name: string, status: 'loading' | 'ready' | 'replaced', day: number) => ({
      id,
      name,
      status,
      format: 'ctdc-global-k-anonymised',
      file_name: `${name}.csv`,
      sha256: 'ab'.repeat(32),
      row_count: 10 * day,
      rejected_count: 1,
      columns: JSON.stringify({ mapped: { gender: 'gender' }, ignored: ['extra'] }),
      attribution: 'Counter Trafficking Data Collaborative (CTDC), Global Dataset',
      imported_by: 'ops',
      imported_at: new Date(`2026-01-0${day}T00:00:00Z`),
    });
    await database.db
      .insertInto('source_datasets')
      .values([
        row(ids.old, 'ctdc-2020', 'ready', 1),
        row(ids.current, 'ctdc-2024', 'ready', 2),
        row(ids.loading, 'ctdc-2024', 'loading', 3),
        row(ids.replaced, 'ctdc-2019', 'replaced', 4),
      ])
      .execute();
  });
  afterAll(() => database.close());

  it('lists only completely imported datasets, newest first', async () => {
    const list = await createDatasetStore(database.db).list();
    expect(list.map((d) => [d.id, d.name, d.rowCount])).toEqual([
      [ids.current, 'ctdc-2024', 20],
      [ids.old, 'ctdc-2020', 10],
    ]);
    expect(list[0]?.importedAt).toEqual(new Date('2026-01-02T00:00:00Z'));
  });

  it('gets one with its provenance; a loading, replaced, unknown or malformed id is not found', async () => {
    const store = createDatasetStore(database.db);
    expect(await store.get(ids.current)).toMatchObject({
      fileName: 'ctdc-2024.csv',
      sha256: 'ab'.repeat(32),
      importedBy: 'ops',
      columns: { mapped: { gender: 'gender' }, ignored: ['extra'] },
    });
    for (const id of [ids.loading, ids.replaced, randomUUID(), 'not-a-uuid'])
      expect(await store.get(id)).toBeUndefined();
  });

  it('refuses a second ready dataset of the same name (one version per name is reportable)', async () => {
    await expect(
      database.db
        .updateTable('source_datasets')
        .set({ status: 'ready' })
        .where('id', '=', ids.loading)
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
