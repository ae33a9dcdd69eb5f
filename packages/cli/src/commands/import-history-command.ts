import { existsSync, writeFileSync } from 'node:fs';
import {
  type Actor,
  type Ctx,
  type HistoricImportReport,
  operatorRequest,
  runHistoricImport,
} from '@opennrm/core';
import { ImportFileError } from '@opennrm/server';
import { createProgressBar } from '../historic-import/progress-bar.ts';
import { readImportPath } from '../historic-import/read-import-path.ts';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

export interface ImportHistoryOptions {
  as: string;
  organisation: string;
  dryRun?: boolean;
  errors?: string;
}

/**
 * `opennrm import history <file|folder> --as <administrator e-mail> --organisation <name>`: the
 * country's records from before OpenNRM, through the same use cases as the web. The import acts
 * for the organisation whose history it is; the administrator named is who the trail and the
 * records say started it (the command line's operator is no user, and records need one). Exit 0
 * when imported or (dry run) checked without errors, 1 when any row has an error.
 */
export async function importHistoryCommand(path: string, options: ImportHistoryOptions): Promise<number> {
  if (!existsSync(path)) throw new UsageError(`no such file or folder: ${path}`);
  let file: Awaited<ReturnType<typeof readImportPath>>;
  try {
    file = await readImportPath(path);
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(`opennrm: ${path}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const report = await withRuntime(async ({ deps }) => {
    const user = await deps.store.users.findByEmail(options.as);
    if (!user?.active) throw new UsageError(`--as: no active user ${options.as}.`);
    const home = await deps.store.organisations.get(user.organisationId);
    const organisation = await deps.store.organisations.findByName(options.organisation);
    if (!organisation)
      throw new UsageError(`--organisation: no organisation named "${options.organisation}".`);
    const actor: Actor = {
      userId: user.id,
      organisationId: user.organisationId,
      organisationType: home?.type ?? 'system_operator',
      roles: user.roles,
      credentialId: 'cli',
    };
    const ctx: Ctx = { ...deps, actor, request: operatorRequest('opennrm import history') };
    const bar = createProgressBar(options.dryRun ? 'checking' : 'importing');
    try {
      return await runHistoricImport(ctx, {
        organisationId: organisation.id,
        fileName: path.split(/[\\/]/).filter(Boolean).pop() ?? path,
        fileSha256: file.sha256,
        sheets: file.sheets,
        dryRun: options.dryRun === true,
        onProgress: ({ done, total, sheet }) => bar.update(done, total, sheet),
      });
    } finally {
      bar.done();
    }
  });
  printReport(report, options);
  return report.errors.length > 0 ? 1 : 0;
}

function printReport(report: HistoricImportReport, options: ImportHistoryOptions): void {
  const verb = { checked: 'would create', imported: 'created', refused: 'would have created' }[
    report.outcome
  ];
  for (const [sheet, c] of Object.entries(report.counts)) {
    console.log(
      `  ${sheet.padEnd(14)} ${verb} ${c.created}, unchanged ${c.unchanged}, rows with errors ${c.rejected}`,
    );
  }
  if (report.ignoredSheets.length > 0) console.log(`  sheets not read: ${report.ignoredSheets.join(', ')}`);
  const where = (e: HistoricImportReport['errors'][number]) =>
    [e.sheet, e.row === null ? null : `row ${e.row}`, e.column].filter(Boolean).join(', ');
  for (const error of report.errors.slice(0, 20)) console.error(`  ${where(error)}: ${error.message}`);
  if (report.errors.length > 20) console.error(`  ... and ${report.errors.length - 20} more.`);
  for (const notice of report.notices.slice(0, 20)) console.log(`  ${where(notice)}: ${notice.message}`);
  if (report.notices.length > 20)
    console.log(`  ... and ${report.notices.length - 20} more cells not stored.`);
  if (options.errors && report.errors.length > 0) {
    const quote = (v: string | number | null) => `"${String(v ?? '').replaceAll('"', '""')}"`;
    const lines = report.errors.map((e) => [e.sheet, e.row, e.column, e.message].map(quote).join(','));
    writeFileSync(options.errors, `sheet,row,column,message\n${lines.join('\n')}\n`);
    console.error(`Every error is listed in ${options.errors}.`);
  }
  const summary = {
    checked: report.errors.length
      ? 'Dry run: the file has errors; nothing was written.'
      : 'Dry run: no errors; nothing was written. Run again without --dry-run to import.',
    imported: `Imported ${report.fileName} (sha256 ${report.fileSha256.slice(0, 12)}…) as run ${report.importId}.`,
    refused:
      'Nothing was imported: correct the rows above and run again (no row is written while any has an error).',
  }[report.outcome];
  (report.errors.length ? console.error : console.log)(summary);
}
