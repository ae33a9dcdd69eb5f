import type { HistoricImportRun, HistoricImportStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export function createHistoricImportStore(db: Kysely<Database>): HistoricImportStore {
  return {
    async findRows(organisationId, sheet, sourceIds) {
      if (sourceIds.length === 0) return [];
      const rows = await db
        .selectFrom('historic_import_rows as r')
        .innerJoin('historic_import_runs as run', 'run.id', 'r.import_id')
        .select(['r.sheet', 'r.source_id', 'r.record_id', 'r.row_hash', 'r.import_id', 'run.imported_at'])
        .where('r.organisation_id', '=', organisationId)
        .where('r.sheet', '=', sheet)
        .where('r.source_id', 'in', [...sourceIds])
        .execute();
      return rows.map((r) => ({
        sheet: r.sheet,
        sourceId: r.source_id,
        recordId: r.record_id,
        rowHash: r.row_hash,
        importId: r.import_id,
        importedAt: r.imported_at,
      }));
    },

    async saveRun(run, rows) {
      await db
        .insertInto('historic_import_runs')
        .values({
          id: run.id,
          organisation_id: run.organisationId,
          file_name: run.fileName,
          file_sha256: run.fileSha256,
          imported_by: run.importedBy,
          imported_at: run.importedAt,
          counts: JSON.stringify(run.counts) as never,
        })
        .execute();
      // A historic load is thousands of rows at most, written once: batches of plain inserts.
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('historic_import_rows')
          .values(
            rows.slice(i, i + 1000).map((r) => ({
              organisation_id: run.organisationId,
              sheet: r.sheet,
              source_id: r.sourceId,
              record_id: r.recordId,
              row_hash: r.rowHash,
              import_id: run.id,
            })),
          )
          .execute();
      }
    },

    async listRuns(limit) {
      const rows = await db
        .selectFrom('historic_import_runs')
        .selectAll()
        .orderBy('imported_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(
        (r): HistoricImportRun => ({
          id: r.id,
          organisationId: r.organisation_id,
          fileName: r.file_name,
          fileSha256: r.file_sha256,
          importedBy: r.imported_by,
          importedAt: r.imported_at,
          counts: r.counts,
        }),
      );
    },
  };
}
