import type { CtdcFormat, DatasetStore, SourceDataset, SourceDatasetSummary } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { SourceDatasetRow } from '../schema-ctdc.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Imported CTDC datasets; only 'ready' ones exist for readers (see migration 5). */
export function createDatasetStore(db: Kysely<Database>): DatasetStore {
  return {
    async list() {
      const rows = await db
        .selectFrom('source_datasets')
        .selectAll()
        .where('status', '=', 'ready')
        .orderBy('imported_at', 'desc')
        .orderBy('name')
        .execute();
      return rows.map(toSummary);
    },

    async get(id) {
      // Not a uuid cannot name a dataset; asking PostgreSQL would fail on the cast instead.
      if (!uuid.test(id)) return undefined;
      const row = await db
        .selectFrom('source_datasets')
        .selectAll()
        .where('id', '=', id)
        .where('status', '=', 'ready')
        .executeTakeFirst();
      return row && toDataset(row);
    },
  };
}

function toSummary(row: SourceDatasetRow): SourceDatasetSummary {
  return {
    id: row.id,
    name: row.name,
    format: row.format as CtdcFormat,
    fileName: row.file_name,
    rowCount: row.row_count,
    rejectedCount: row.rejected_count,
    attribution: row.attribution,
    importedAt: row.imported_at,
  };
}

function toDataset(row: SourceDatasetRow): SourceDataset {
  const columns = row.columns as { mapped?: Record<string, string>; ignored?: string[] };
  return {
    ...toSummary(row),
    sha256: row.sha256,
    importedBy: row.imported_by,
    columns: { mapped: columns.mapped ?? {}, ignored: columns.ignored ?? [] },
  };
}
