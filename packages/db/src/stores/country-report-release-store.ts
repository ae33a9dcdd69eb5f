import type {
  CountryReportDocument,
  CountryReportRelease,
  CountryReportReleaseFile,
  CountryReportReleaseStore,
  Period,
} from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CountryReportReleasesTable } from '../schema-country-report.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Released submissions (migration 27): written once, read forever, never updated. */
export function createCountryReportReleaseStore(db: Kysely<Database>): CountryReportReleaseStore {
  return {
    async insert(release, files) {
      const inserted = await db
        .insertInto('country_report_releases')
        .values({
          id: release.id,
          document: release.document,
          year: release.year,
          number: release.number,
          period: JSON.stringify(release.period),
          released_at: release.releasedAt,
          released_by: release.releasedBy.userId,
          released_by_name: release.releasedBy.name,
          reason: release.reason,
          files: JSON.stringify(release.files),
          sha256: release.sha256,
        })
        // The same number of the same document and year: someone released first.
        .onConflict((oc) => oc.columns(['document', 'year', 'number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      // One statement for every file (there is always at least SHA256SUMS).
      await db
        .insertInto('country_report_release_files')
        .values(
          files.map((file) => ({
            release_id: release.id,
            name: file.name,
            sha256: file.sha256,
            content: Buffer.from(file.bytes),
          })),
        )
        .execute();
      return true;
    },

    async list(year) {
      const rows = await db
        .selectFrom('country_report_releases')
        .selectAll()
        .where('year', '=', year)
        .orderBy('released_at', 'desc')
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toRelease);
    },

    async get(id) {
      if (!uuid.test(id)) return undefined;
      const row = await db
        .selectFrom('country_report_releases')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRelease(row);
    },

    async latest(document, year) {
      const row = await db
        .selectFrom('country_report_releases')
        .selectAll()
        .where('document', '=', document)
        .where('year', '=', year)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toRelease(row);
    },

    async file(releaseId, name) {
      if (!uuid.test(releaseId)) return undefined;
      const row = await db
        .selectFrom('country_report_release_files')
        .select('content')
        .where('release_id', '=', releaseId)
        .where('name', '=', name)
        .executeTakeFirst();
      // pg gives a Buffer, PGlite a Uint8Array: the same bytes either way.
      return row && new Uint8Array(row.content);
    },
  };
}

function toRelease(row: Selectable<CountryReportReleasesTable>): CountryReportRelease {
  return {
    id: row.id,
    document: row.document as CountryReportDocument,
    year: row.year,
    number: row.number,
    period: row.period as Period,
    releasedAt: row.released_at,
    releasedBy: { userId: row.released_by, name: row.released_by_name },
    reason: row.reason,
    files: row.files as CountryReportReleaseFile[],
    sha256: row.sha256,
  };
}
