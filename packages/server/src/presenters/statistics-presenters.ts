import type { SourceDatasetSummary } from '@opennrm/core';

/** Every field the API shows of an imported dataset. */
export function presentSourceDataset(dataset: SourceDatasetSummary) {
  return {
    id: dataset.id,
    name: dataset.name,
    format: dataset.format,
    fileName: dataset.fileName,
    rowCount: dataset.rowCount,
    rejectedCount: dataset.rejectedCount,
    attribution: dataset.attribution,
    importedAt: dataset.importedAt.toISOString(),
  };
}
