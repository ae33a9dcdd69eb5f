import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { CtdcRowError } from '@opennrm/core';
import { errorReportHeader, toErrorReportLine } from '../ctdc/error-report-line.ts';
import { type ImportCtdcResult, importCtdcFile } from '../ctdc/import-ctdc-file.ts';
import { createImportProgress } from '../ctdc/import-progress.ts';
import { CtdcFileError } from '../ctdc/open-ctdc-file.ts';
import { withRuntime } from '../runtime/open-runtime.ts';

export interface ImportCtdcCommandOptions {
  name?: string;
  dryRun?: boolean;
  errors?: string;
}

/**
 * `opennrm import ctdc <file>`: exit 0 when rows were imported (rejected rows are reported, not
 * fatal), or when the same file was already imported; 1 when nothing could be imported.
 */
export async function importCtdcCommand(file: string, options: ImportCtdcCommandOptions): Promise<number> {
  if (!existsSync(file)) {
    console.error(`opennrm: no such file: ${file}`);
    return 1;
  }
  const report = options.errors ? openSync(options.errors, 'w') : null;
  if (report !== null) writeSync(report, errorReportHeader);
  const progress = createImportProgress();
  const run = (target: Parameters<typeof importCtdcFile>[0]) =>
    importCtdcFile(target, file, {
      name: options.name,
      dryRun: options.dryRun,
      importedBy: `opennrm import ctdc (${operator()})`,
      onProgress: progress.update,
      onRowError: (error: CtdcRowError) => {
        if (report !== null) writeSync(report, toErrorReportLine(error));
      },
    });
  try {
    const result = options.dryRun ? await run(null) : await withRuntime((runtime) => run(runtime));
    progress.done();
    printSummary(result, options);
    return result.outcome === 'nothing-imported' ? 1 : 0;
  } catch (error) {
    progress.done();
    if (error instanceof CtdcFileError) {
      console.error(`opennrm: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    if (report !== null) closeSync(report);
  }
}

function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown user';
  }
}

const formatNames = {
  'ctdc-global-k-anonymised': 'CTDC Global Dataset, k-anonymised',
  'ctdc-global-synthetic': 'CTDC Global Synthetic Dataset',
};

function printSummary(result: ImportCtdcResult, options: ImportCtdcCommandOptions): void {
  const n = (count: number) => count.toLocaleString('en');
  if (result.outcome === 'unchanged') {
    console.log(
      `Dataset "${result.name}" already holds this file (sha256 ${result.sha256.slice(0, 12)}…): nothing to do.`,
    );
    return;
  }
  const what = `${result.fileName} (${result.format ? formatNames[result.format] : 'CTDC'})`;
  const rejected = `${n(result.rejected)} row${result.rejected === 1 ? '' : 's'} rejected`;
  const lines = {
    imported: `Imported ${n(result.rows)} rows from ${what} as dataset "${result.name}"; ${rejected}.`,
    replaced: `Replaced dataset "${result.name}" with ${n(result.rows)} rows from ${what}; ${rejected}.`,
    'dry-run': `Dry run: ${n(result.rows)} rows of ${what} would be imported as dataset "${result.name}"; ${rejected}. Nothing was written.`,
    'nothing-imported': `No row of ${what} could be imported: ${rejected}.`,
  };
  const line = lines[result.outcome];
  if (result.outcome === 'nothing-imported') console.error(`opennrm: ${line}`);
  else console.log(line);
  console.log(`Columns read: ${Object.keys(result.mapped).join(', ')}.`);
  if (result.ignored.length > 0) console.log(`Columns ignored: ${result.ignored.join(', ')}.`);
  for (const e of result.firstErrors.slice(0, 5)) {
    console.error(`  row ${e.row}${e.column ? `, ${e.column} "${e.value}"` : ''}: ${e.message}`);
  }
  if (result.rejected > 0) {
    console.error(
      options.errors
        ? `Every rejected row is listed in ${options.errors}.`
        : 'Run again with --errors <file.csv> to list every rejected row.',
    );
  }
}
