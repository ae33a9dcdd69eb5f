import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CtdcFormat, CtdcRowError } from '@opennrm/core';
import {
  beginDataset,
  type CtdcImportTarget,
  copyCtdcRecords,
  discardDataset,
  findReadyDataset,
  publishDataset,
  removeUnfinished,
} from '@opennrm/db';
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
  await beginDataset(target.db, {
    id,
    name,
    format: header.format,
    fileName,
    sha256,
    columns: { mapped: header.mapped, ignored: header.ignored },
    importedBy: options.importedBy,
    at: new Date(),
  });
  try {
    async function* records() {
      for await (const record of file.records()) {
        yield record;
        if (counts.rows % 8192 === 0) report();
      }
      report();
    }
    await copyCtdcRecords(target, id, records());
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
