import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  drillDownRoute,
  exportCtdcRoute,
  getReportPdfRoute,
  getReportRoute,
  getReportTableCsvRoute,
  getReportXlsxRoute,
  getStatisticsSettingsRoute,
  listDatasetsRoute,
  updateStatisticsSettingsRoute,
} from '@opennrm/contracts';
import {
  buildAnnualReport,
  buildReportWithPrevious,
  exportCtdcSynthetic,
  getStatisticsSettings,
  listFigureRecords,
  listSourceDatasets,
  type ReportInput,
  recordReportDownload,
  updateStatisticsSettings,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentSourceDataset } from '../presenters/statistics-presenters.ts';
import { csvFileName, renderReportPdf, renderReportXlsx, renderTableCsv } from '../reports/index.ts';

type ReportQuery = {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  view?: 'internal' | 'published' | undefined;
  scope?: 'national' | 'region' | 'organisation' | undefined;
  region?: string | undefined;
  organisationId?: string | undefined;
  dataset?: string | undefined;
  locale?: 'en' | 'az' | 'ru' | undefined;
  spelling?: 'british' | 'american' | undefined;
};

function reportInput(query: ReportQuery): ReportInput {
  const { dataset, ...rest } = query;
  return { ...rest, datasetId: dataset };
}

/** A file download: the name says what and when, so a folder of reports sorts itself. */
function download(body: Buffer | string, type: string, name: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

function baseName(report: { period: { label: string }; view: string; locale: string }): string {
  return `opennrm-report-${report.period.label.replace(/[^0-9A-Za-z-]+/g, '_')}-${report.view}-${report.locale}`;
}

export function registerStatisticsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getReportRoute, async (c) => {
    const { previous, ...query } = c.req.valid('query');
    const { report, previousAsPublished } = await buildReportWithPrevious(ctxOf(c), {
      ...reportInput(query),
      previous,
    });
    return c.json(previousAsPublished ? { ...report, previousAsPublished } : report, 200);
  });

  app.openapi(getReportXlsxRoute, async (c) => {
    const ctx = ctxOf(c);
    const report = await buildAnnualReport(ctx, reportInput(c.req.valid('query')));
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const file = await renderReportXlsx(report);
    await recordReportDownload(ctx, report, 'xlsx');
    return download(file, type, `${baseName(report)}.xlsx`);
  });

  app.openapi(getReportPdfRoute, async (c) => {
    const ctx = ctxOf(c);
    const report = await buildAnnualReport(ctx, reportInput(c.req.valid('query')));
    const file = await renderReportPdf(report);
    await recordReportDownload(ctx, report, 'pdf');
    return download(file, 'application/pdf', `${baseName(report)}.pdf`);
  });

  app.openapi(getReportTableCsvRoute, async (c) => {
    const { table } = c.req.valid('param');
    const ctx = ctxOf(c);
    // Not part of this report (e.g. a referrals table over a CTDC dataset): 404 from the use case.
    const report = await buildAnnualReport(ctx, { ...reportInput(c.req.valid('query')), forTable: table });
    await recordReportDownload(ctx, report, 'csv', table);
    return download(renderTableCsv(report, table), 'text/csv; charset=utf-8', csvFileName(report, table));
  });

  app.openapi(drillDownRoute, async (c) => {
    const { table, row, column, period, ...query } = c.req.valid('query');
    const result = await listFigureRecords(ctxOf(c), { ...reportInput(query), table, row, column, period });
    return c.json(
      {
        recordType: result.recordType,
        total: result.total,
        records: result.records.map(({ id, personId, code }) => ({ id, personId, code })),
        notVisible: result.notVisible,
      },
      200,
    );
  });

  app.openapi(exportCtdcRoute, async (c) => {
    const query = c.req.valid('query');
    const ctx = ctxOf(c);
    const { csv, summary } = await exportCtdcSynthetic(
      { ...ctx, ctdcExportSource: ctx.store.ctdcExport },
      {
        fromYear: query.from ?? null,
        toYear: query.to ?? null,
        ...(query.k ? { k: query.k } : {}),
        includePresumed: query.includePresumed === 'true',
      },
    );
    const response = download(csv, 'text/csv; charset=utf-8', `opennrm-ctdc-synthetic-k${summary.k}.csv`);
    // The guarantee travels with the file: k and what it cost.
    response.headers.set('x-opennrm-k', String(summary.k));
    response.headers.set('x-opennrm-records-exported', String(summary.recordsExported));
    response.headers.set('x-opennrm-records-suppressed', String(summary.recordsSuppressed));
    response.headers.set('x-opennrm-values-suppressed', JSON.stringify(summary.valuesSuppressed));
    // Information kept (cells neither empty nor "*"), against greedy suppression on the same records.
    response.headers.set('x-opennrm-informative-cells', JSON.stringify(summary.informativeCells));
    return response;
  });

  app.openapi(listDatasetsRoute, async (c) => {
    const datasets = await listSourceDatasets(ctxOf(c));
    return c.json({ datasets: datasets.map(presentSourceDataset) }, 200);
  });

  app.openapi(getStatisticsSettingsRoute, async (c) => c.json(await getStatisticsSettings(ctxOf(c)), 200));

  app.openapi(updateStatisticsSettingsRoute, async (c) =>
    c.json(await updateStatisticsSettings(ctxOf(c), c.req.valid('json')), 200),
  );
}
