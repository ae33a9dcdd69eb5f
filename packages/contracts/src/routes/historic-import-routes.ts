import { createRoute, z } from '@hono/zod-openapi';
import {
  HistoricImportBody,
  HistoricImportReportResponse,
  HistoricImportRunBody,
  HistoricImportRunList,
  HistoricImportTemplateResponse,
} from '../schemas/historic-import.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

function file(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

export const getHistoricImportTemplateRoute = createRoute({
  method: 'get',
  path: '/api/historic-imports/template',
  tags: ['historic import'],
  summary: 'The sheets, columns and code lists the historic import reads',
  responses: { 200: json(HistoricImportTemplateResponse, 'The template.'), ...errors() },
});

export const getHistoricImportTemplateXlsxRoute = createRoute({
  method: 'get',
  path: '/api/historic-imports/template.xlsx',
  tags: ['historic import'],
  summary: 'The template workbook: a sheet per record type, the code lists on their own sheets',
  responses: {
    200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The workbook.'),
    ...errors(),
  },
});

export const getHistoricImportTemplateCsvRoute = createRoute({
  method: 'get',
  path: '/api/historic-imports/template/{name}',
  tags: ['historic import'],
  summary: 'One sheet of the template (its header) or one code list, as CSV',
  request: {
    params: z.object({
      name: z
        .string()
        .regex(/^[a-z_]{1,64}\.csv$/)
        .openapi({ param: { name: 'name', in: 'path' }, example: 'persons.csv' }),
    }),
  },
  responses: { 200: file('text/csv', 'The CSV file.'), ...errors(404) },
});

export const listHistoricImportsRoute = createRoute({
  method: 'get',
  path: '/api/historic-imports',
  tags: ['historic import'],
  summary: 'Historic imports that wrote records, newest first',
  responses: { 200: json(HistoricImportRunList, 'The runs.'), ...errors() },
});

export const checkHistoricImportRoute = createRoute({
  method: 'post',
  path: '/api/historic-imports/check',
  tags: ['historic import'],
  summary: 'Dry run: every row through the use cases, every error by sheet, row and column; nothing written',
  request: { body: jsonBody(HistoricImportBody) },
  responses: {
    200: json(HistoricImportReportResponse, 'What the import would do.'),
    ...errors(413, 415, 422),
  },
});

export const runHistoricImportRoute = createRoute({
  method: 'post',
  path: '/api/historic-imports',
  tags: ['historic import'],
  summary: 'Import the checked file: all rows or, when any row has an error, none',
  request: { body: jsonBody(HistoricImportRunBody) },
  responses: {
    200: json(HistoricImportReportResponse, 'What the import did.'),
    ...errors(409, 413, 415, 422),
  },
});
