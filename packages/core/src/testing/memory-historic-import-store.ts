import type {
  HistoricImportRun,
  HistoricImportStore,
  ImportedRow,
} from '../historic-import/historic-import-ports.ts';

export interface HistoricImportTables {
  runs: HistoricImportRun[];
  rows: (ImportedRow & { organisationId: string })[];
}

export function createHistoricImportTables(): HistoricImportTables {
  return { runs: [], rows: [] };
}

/** The import's bookkeeping in memory; `tables()` is re-read so transactions can restore it. */
export function createMemoryHistoricImportStore(tables: () => HistoricImportTables): HistoricImportStore {
  return {
    async findRows(organisationId, sheet, sourceIds) {
      const wanted = new Set(sourceIds);
      return tables()
        .rows.filter(
          (r) => r.organisationId === organisationId && r.sheet === sheet && wanted.has(r.sourceId),
        )
        .map(({ organisationId: _, ...row }) => structuredClone(row));
    },
    async saveRun(run, rows) {
      const t = tables();
      t.runs.push(structuredClone(run));
      for (const row of rows) {
        t.rows.push({
          ...row,
          organisationId: run.organisationId,
          importId: run.id,
          importedAt: run.importedAt,
        });
      }
    },
    async listRuns(limit) {
      return [...tables().runs]
        .sort((a, b) => b.importedAt.getTime() - a.importedAt.getTime())
        .slice(0, limit)
        .map((r) => structuredClone(r));
    },
  };
}
