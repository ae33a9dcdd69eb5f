import { createRoute, z } from '@hono/zod-openapi';
import { CountryReportQuery, FilledSubmission, SubmissionParams } from '../schemas/country-report.ts';
import { errors, json } from './route-helpers.ts';

function file(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

export const getSubmissionRoute = createRoute({
  method: 'get',
  path: '/api/country-report/submissions/{template}',
  tags: ['country-report'],
  summary: 'A questionnaire (TIP data request, GRETA annex, UNODC GLOTIP) filled from the national figures',
  request: { params: SubmissionParams, query: CountryReportQuery },
  responses: { 200: json(FilledSubmission, 'The filled questionnaire.'), ...errors(404, 422) },
});

export const getSubmissionXlsxRoute = createRoute({
  method: 'get',
  path: '/api/country-report/submissions/{template}/xlsx',
  tags: ['country-report'],
  summary:
    'A filled questionnaire as an XLSX workbook: answers, the definition of each, what is not filled and why',
  request: { params: SubmissionParams, query: CountryReportQuery },
  responses: {
    200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The workbook.'),
    ...errors(404, 422),
  },
});
