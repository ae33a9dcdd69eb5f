import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type CtdcFormat, type CtdcRowError, ctdcAttribution } from '@opennrm/core';
import {
  type CtdcImportTarget,
  ctdcRecordColumns,
  discardDataset,
  findReadyDataset,
  publishDataset,
  removeUnfinished,
  toCtdcRow,
} from './ctdc-dataset-writes.ts';
import { hashFile } from './hash-file.ts';
import { openCtdcFile } from './open-ctdc-file.ts';

export interface ImportCtdcOptions {
  /** Dataset name; default the file's base name without extension. */
  name?: string;
  /** Parse and validate everything, write nothing (no database needed: pass a null target). */
  dryRun?: boolean;
  importedBy: string;
  currentYear?: number;
  onRowError?: (error: CtdcRowError) => void;
  onProgress?: (progress: { rows: number; rejected: number; bytes: number; totalBytes: number }) => void;
}

export interface ImportCtdcResult {
  /** imported: new name; replaced: new content under a known name; unchanged: same file again. */
  outcome: 'imported' | 'replaced' | 'unchanged' | 'dry-run' | 'nothing-imported';
  datasetId: string | null;
  name: string;
  format: CtdcFormat | null;
  fileName: string;
  sha256: string;
  rows: number;
  rejected: number;
  mapped: Record<string, string>;
  ignored: string[];
  /** The first few rejections, for the summary (all of them go to `onRowError`). */
  firstErrors: CtdcRowError[];
}

/**
 * Imports one CTDC file as a separate source dataset. The same name with the same content is a
 * no-op; new content is loaded beside the old dataset and replaces it in one transaction once
 * complete, so reports never see half a dataset. Throws CtdcFileError when the file is not CTDC.
 */
export async function importCtdcFile(
  target: CtdcImportTarget | null,
  path: string,
  options: ImportCtdcOptions,
): Promise<ImportCtdcResult> {
  const fileName = basename(path);
  const name = options.name ?? basename(fileName, extname(fileName));
  const totalBytes = statSync(path).size;
  const sha256 = await hashFile(path);
  const base = { name, fileName, sha256, datasetId: null, firstErrors: [] as CtdcRowError[] };
  if (!options.dryRun && !target) throw new Error('importCtdcFile needs a database unless it is a dry run');

  const existing = target && (await findReadyDataset(target.db, name));
  if (existing?.sha256 === sha256) {
    return {
      ...base,
      outcome: 'unchanged',
      datasetId: existing.id,
      format: null,
      rows: 0,
      rejected: 0,
      mapped: {},
      ignored: [],
    };
  }

  const firstErrors: CtdcRowError[] = [];
  const file = await openCtdcFile(path, {
    currentYear: options.currentYear ?? new Date().getFullYear(),
    onRowError(error) {
      if (firstErrors.length < 10) firstErrors.push(error);
      options.onRowError?.(error);
    },
  });
  const { header, counts } = file;
  const summary = () => ({
    ...base,
    format: header.format,
    rows: counts.rows,
    rejected: counts.rejected,
    mapped: header.mapped,
    ignored: header.ignored,
    firstErrors,
  });
  const report = () => options.onProgress?.({ ...counts, totalBytes });

  if (options.dryRun || !target) {
    for await (const _ of file.records()) if (counts.rows % 8192 === 0) report();
    report();
    return { ...summary(), outcome: counts.rows === 0 ? 'nothing-imported' : 'dry-run' };
  }

  await removeUnfinished(target.db, name);
  const id = randomUUID();
  await target.db
    .insertInto('source_datasets')
    .values({
      id,
      name,
      format: header.format,
      file_name: fileName,
      sha256,
      row_count: 0,
      rejected_count: 0,
      columns: JSON.stringify({ mapped: header.mapped, ignored: header.ignored }),
      attribution: ctdcAttribution[header.format],
      imported_by: options.importedBy,
      imported_at: new Date(),
      status: 'loading',
    })
    .execute();
  try {
    async function* rows() {
      for await (const record of file.records()) {
        yield toCtdcRow(id, record);
        if (counts.rows % 8192 === 0) report();
      }
      report();
    }
    await target.copyInto('ctdc_records', ctdcRecordColumns, rows());
    if (counts.rows === 0) {
      await discardDataset(target.db, id);
      return { ...summary(), outcome: 'nothing-imported' };
    }
    const replaced = await publishDataset(target.db, id, name, counts, new Date());
    return { ...summary(), outcome: replaced ? 'replaced' : 'imported', datasetId: id };
  } catch (error) {
    file.close();
    await discardDataset(target.db, id);
    throw error;
  }
}
