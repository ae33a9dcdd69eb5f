import { randomUUID } from 'node:crypto';
import { hashReleaseFiles, type StatisticsRelease } from '@opennrm/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { createStatisticsReleaseStore } from './statistics-release-store.ts';

describeEachBackend('statistics release store (frozen releases)', (open) => {
  let database: TestDatabase;
  // Every byte value, so no encoding on the way in or out can pass unnoticed.
  const pdf = new Uint8Array(512).map((_, i) => i % 256);
  const { files, sha256 } = hashReleaseFiles([
    { name: 'r.pdf', kind: 'pdf', contentType: 'application/pdf', locale: 'en', bytes: pdf },
  ]);
  const release = (number: number, id = randomUUID()): StatisticsRelease => ({
    id,
    seriesKey: 'national|national|2014-01-01|2015-01-01',
    number,
    source: { kind: 'national' },
    scope: { kind: 'national' },
    period: { from: '2014-01-01', to: '2015-01-01', label: '2014' },
    previousPeriod: { from: '2013-01-01', to: '2014-01-01', label: '2013' },
    locales: ['en'],
    publishedAt: new Date('2015-02-01T10:00:00Z'),
    publishedBy: { userId: null, name: 'Coordinator' },
    corrects: null,
    reason: null,
    changes: [],
    settings: { threshold: 5, countryCode: 'AZ', statistics: { suppressionThreshold: 5 } },
    definitions: { tables: [] },
    files: files.map(({ bytes: _b, ...f }) => f),
    sha256,
  });
  const first = release(1);

  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it('returns every stored byte as written, with its hash', async () => {
    const store = createStatisticsReleaseStore(database.db);
    expect(await store.insert(first, files)).toBe(true);
    const got = await store.file(first.id, 'r.pdf');
    expect(got?.bytes).toEqual(pdf);
    expect(got?.sha256).toBe(files[0]!.sha256);
    expect((await store.file(first.id, 'SHA256SUMS'))?.sha256).toBe(sha256);
    expect(await store.file(first.id, 'other.pdf')).toBeUndefined();
    expect((await store.latest(first.seriesKey))?.id).toBe(first.id);
    expect(await store.get('not-a-uuid')).toBeUndefined();
  });

  it('gives a number of a series once: a racing second publication is told so', async () => {
    const store = createStatisticsReleaseStore(database.db);
    expect(await store.insert(release(1), files)).toBe(false);
    expect((await store.list()).map((r) => r.id)).toEqual([first.id]);
  });

  it('refuses to update or delete a release or its files', async () => {
    for (const statement of [
      sql`update statistics_release_files set content = '\\x00'::bytea`,
      sql`delete from statistics_release_files`,
      sql`update statistics_releases set sha256 = 'x'`,
      sql`delete from statistics_releases`,
      sql`truncate statistics_release_files`,
    ]) {
      await expect(statement.execute(database.db)).rejects.toThrow(/frozen/);
    }
    const got = await createStatisticsReleaseStore(database.db).file(first.id, 'r.pdf');
    expect(got?.bytes).toEqual(pdf);
  });
});
