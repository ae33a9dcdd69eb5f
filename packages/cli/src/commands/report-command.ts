import { renameSync, rmSync, writeFileSync } from 'node:fs';
import {
  buildAnnualReport,
  type Ctx,
  operatorActor,
  operatorRequest,
  type Report,
  recordReportDownload,
} from '@opennrm/core';
import { renderReportPdf, renderReportXlsx, renderTableCsv } from '@opennrm/server';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

export interface ReportOptions {
  out: string;
  format?: string;
  year?: string;
  from?: string;
  to?: string;
  view?: string;
  region?: string;
  organisation?: string;
  dataset?: string;
  locale?: string;
  table?: string;
}

const formats = ['pdf', 'xlsx', 'csv', 'json'] as const;
type Format = (typeof formats)[number];

/**
 * `opennrm report --out FILE`: the annual report as a file from the server's shell (for a
 * scheduled job or an air-gapped office). Built as the command line's operator (`operatorActor()`:
 * national figures, no person); the published view is the default because a file travels, and
 * every file is audited as coming from the command line.
 */
export async function reportCommand(options: ReportOptions): Promise<void> {
  const format = (options.format ?? options.out.split('.').pop() ?? '') as Format;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}.`);
  if (format === 'csv' && !options.table)
    throw new UsageError('A CSV holds one table: name it with --table.');
  const view = options.view ?? 'published';
  if (view !== 'published' && view !== 'internal') throw new UsageError('--view is published or internal.');
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'az' && locale !== 'ru')
    throw new UsageError('--locale is en, az or ru.');
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !Number.isInteger(year))
    throw new UsageError('--year must be a year, e.g. 2025.');
  const bytes = await withRuntime(async ({ deps }) => {
    const ctx: Ctx = { ...deps, actor: operatorActor(), request: operatorRequest('opennrm report') };
    const report = await buildAnnualReport(ctx, {
      year,
      from: options.from,
      to: options.to,
      view,
      locale,
      ...(options.region ? { scope: 'region' as const, region: options.region } : {}),
      ...(options.organisation
        ? { scope: 'organisation' as const, organisationId: options.organisation }
        : {}),
      datasetId: options.dataset,
      forTable: format === 'csv' ? options.table : undefined,
    });
    const file = await render(report, format, format === 'csv' ? options.table : undefined);
    await recordReportDownload(ctx, report, format, format === 'csv' ? options.table : undefined);
    return file;
  });
  // Written whole or not at all: a reader never finds half a file under the published name.
  const partial = `${options.out}.${process.pid}.partial`;
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    renameSync(partial, options.out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  console.error(`Wrote ${options.out} (${format}, ${view} view).`);
}

async function render(report: Report, format: Format, table: string | undefined): Promise<Buffer | string> {
  switch (format) {
    case 'pdf':
      return renderReportPdf(report);
    case 'xlsx':
      return renderReportXlsx(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      if (!report.tables.some((t) => t.key === table))
        throw new UsageError(`No table ${table} in this report.`);
      return renderTableCsv(report, table!);
  }
}
