import { createRoute, z } from '@hono/zod-openapi';
import {
  CtdcExportQuery,
  DrillDownQuery,
  DrillDownResponse,
  ReportQuery,
  SourceDatasetList,
  StatisticsSettings,
  StatisticsSettingsPatch,
  StatisticsTableKey,
} from '../schemas/statistics.ts';
import { ReportWithPreviousQuery, ReportWithPreviousResponse } from '../schemas/statistics-releases.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

function file(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

export const getReportRoute = createRoute({
  method: 'get',
  path: '/api/statistics/report',
  tags: ['statistics'],
  summary: 'The annual report: every table for the period and the one before, and the narrative',
  request: { query: ReportWithPreviousQuery },
  responses: { 200: json(ReportWithPreviousResponse, 'The report.'), ...errors(404, 422) },
});

export const getReportXlsxRoute = createRoute({
  method: 'get',
  path: '/api/statistics/report.xlsx',
  tags: ['statistics'],
  summary: 'The report as an XLSX workbook: a sheet per table, with definitions',
  request: { query: ReportQuery },
  responses: {
    200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The workbook.'),
    ...errors(404, 422),
  },
});

export const getReportPdfRoute = createRoute({
  method: 'get',
  path: '/api/statistics/report.pdf',
  tags: ['statistics'],
  summary: 'The report as a print-ready PDF',
  request: { query: ReportQuery },
  responses: { 200: file('application/pdf', 'The PDF.'), ...errors(404, 422) },
});

export const getReportTableCsvRoute = createRoute({
  method: 'get',
  path: '/api/statistics/report/tables/{table}',
  tags: ['statistics'],
  summary: 'One table of the report as CSV (both periods, totals, change)',
  request: {
    params: z.object({ table: StatisticsTableKey.openapi({ param: { name: 'table', in: 'path' } }) }),
    query: ReportQuery,
  },
  responses: { 200: file('text/csv', 'The table.'), ...errors(404, 422) },
});

export const drillDownRoute = createRoute({
  method: 'get',
  path: '/api/statistics/records',
  tags: ['statistics'],
  summary: 'The records behind one figure, as far as the caller may open them',
  request: { query: DrillDownQuery },
  responses: { 200: json(DrillDownResponse, 'The records.'), ...errors(404, 422) },
});

export const listDatasetsRoute = createRoute({
  method: 'get',
  path: '/api/statistics/datasets',
  tags: ['statistics'],
  summary: 'Imported CTDC datasets the report can run over',
  responses: { 200: json(SourceDatasetList, 'The datasets.'), ...errors() },
});

export const getStatisticsSettingsRoute = createRoute({
  method: 'get',
  path: '/api/settings/statistics',
  tags: ['settings'],
  summary: 'Publication settings: suppression threshold and the k of open-data exports',
  responses: { 200: json(StatisticsSettings, 'The settings.'), ...errors() },
});

export const updateStatisticsSettingsRoute = createRoute({
  method: 'patch',
  path: '/api/settings/statistics',
  tags: ['settings'],
  summary: 'Change the publication settings (audited)',
  request: { body: jsonBody(StatisticsSettingsPatch) },
  responses: { 200: json(StatisticsSettings, 'The settings.'), ...errors(413, 415, 422) },
});

export const exportCtdcRoute = createRoute({
  method: 'get',
  path: '/api/statistics/ctdc-export',
  tags: ['statistics'],
  summary:
    'Our records as CTDC format B, k-anonymous over every column by generalisation (ranges, M49 regions) and "*" for a withheld cell (audited); the X-OpenNRM-* headers state k, what was withheld and the information kept against greedy suppression',
  request: { query: CtdcExportQuery },
  responses: { 200: file('text/csv', 'The dataset.'), ...errors(422) },
});
