import type {
  CellRevision,
  Locale,
  Period,
  ReleaseFile,
  ReportSource,
  StatisticsRelease,
  StatisticsReleaseStore,
  TableDefinition,
} from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { StatisticsReleasesTable } from '../schema-releases.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Frozen releases (migration 11): written once, read forever, never updated. */
export function createStatisticsReleaseStore(db: Kysely<Database>): StatisticsReleaseStore {
  const byId = async (id: string) =>
    uuid.test(id)
      ? db.selectFrom('statistics_releases').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
  return {
    async insert(release, files) {
      const inserted = await db
        .insertInto('statistics_releases')
        .values({
          id: release.id,
          series_key: release.seriesKey,
          number: release.number,
          source: JSON.stringify(release.source),
          period: JSON.stringify(release.period),
          previous_period: JSON.stringify(release.previousPeriod),
          locales: release.locales,
          published_at: release.publishedAt,
          published_by: release.publishedBy.userId,
          published_by_name: release.publishedBy.name,
          corrects_id: release.corrects?.id ?? null,
          reason: release.reason,
          changes: JSON.stringify(release.changes),
          settings: JSON.stringify(release.settings),
          definitions: JSON.stringify(release.definitions),
          files: JSON.stringify(release.files),
          sha256: release.sha256,
        })
        // A release of the same number in the same series: someone published first.
        .onConflict((oc) => oc.columns(['series_key', 'number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      for (const file of files) {
        await db
          .insertInto('statistics_release_files')
          .values({
            release_id: release.id,
            name: file.name,
            sha256: file.sha256,
            content: Buffer.from(file.bytes),
          })
          .execute();
      }
      return true;
    },

    async list() {
      const rows = await db
        .selectFrom('statistics_releases')
        .selectAll()
        .orderBy('published_at', 'desc')
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toRelease);
    },

    async get(id) {
      const row = await byId(id);
      return row && toRelease(row);
    },

    async latest(seriesKey) {
      const row = await db
        .selectFrom('statistics_releases')
        .selectAll()
        .where('series_key', '=', seriesKey)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toRelease(row);
    },

    async file(releaseId, name) {
      const release = await byId(releaseId);
      const meta = release && (release.files as ReleaseFile[]).find((f) => f.name === name);
      if (!meta) return undefined;
      const row = await db
        .selectFrom('statistics_release_files')
        .select(['content', 'sha256'])
        .where('release_id', '=', releaseId)
        .where('name', '=', name)
        .executeTakeFirst();
      if (!row) return undefined;
      // pg gives a Buffer, PGlite a Uint8Array: the same bytes either way.
      return { ...meta, sha256: row.sha256, bytes: new Uint8Array(row.content) };
    },
  };
}

function toRelease(row: Selectable<StatisticsReleasesTable>): StatisticsRelease {
  return {
    id: row.id,
    seriesKey: row.series_key,
    number: row.number,
    source: row.source as ReportSource,
    scope: { kind: 'national' },
    period: row.period as Period,
    previousPeriod: row.previous_period as Period,
    locales: row.locales as Locale[],
    publishedAt: row.published_at,
    publishedBy: { userId: row.published_by, name: row.published_by_name },
    corrects: row.corrects_id ? { id: row.corrects_id, number: row.number - 1 } : null,
    reason: row.reason,
    changes: row.changes as CellRevision[],
    settings: row.settings as StatisticsRelease['settings'],
    definitions: row.definitions as { tables: TableDefinition[] },
    files: row.files as ReleaseFile[],
    sha256: row.sha256,
  };
}
