import { createRoute, z } from '@hono/zod-openapi';
import {
  CountryAssessment,
  CountryNarrative,
  CountryReportQuery,
  CriterionAssessmentBody,
  CriterionAssessmentResponse,
  CriterionParams,
  FilledSubmission,
  NarrativeEditBody,
  NarrativeEditResponse,
  NarrativePartParams,
  SubmissionParams,
} from '../schemas/country-report.ts';
import {
  CountryReportRelease,
  CountryReportReleaseBody,
  CountryReportReleaseFileParams,
  CountryReportReleaseQuery,
} from '../schemas/country-report-releases.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

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

export const getNarrativeRoute = createRoute({
  method: 'get',
  path: '/api/country-report/narrative',
  tags: ['country-report'],
  summary:
    'The country narrative (summary, recommendations, prosecution, protection, prevention) drafted from the figures, with the edited text beside each part and the numbers the editor changed',
  request: { query: CountryReportQuery },
  responses: { 200: json(CountryNarrative, 'The narrative.'), ...errors(404, 422) },
});

export const saveNarrativeEditRoute = createRoute({
  method: 'put',
  path: '/api/country-report/narrative/{part}',
  tags: ['country-report'],
  summary: 'Save the edited text of one part beside its draft (compare-and-set on the version; audited)',
  request: { params: NarrativePartParams, body: jsonBody(NarrativeEditBody) },
  responses: { 200: json(NarrativeEditResponse, 'The saved edit.'), ...errors(409, 413, 415, 422) },
});

export const getNarrativeDocxRoute = createRoute({
  method: 'get',
  path: '/api/country-report/narrative/docx',
  tags: ['country-report'],
  summary: 'The country narrative as a Word document (edited text where edited)',
  request: { query: CountryReportQuery },
  responses: {
    200: file('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'The document.'),
    ...errors(404, 422),
  },
});

export const getNarrativePdfRoute = createRoute({
  method: 'get',
  path: '/api/country-report/narrative/pdf',
  tags: ['country-report'],
  summary: 'The country narrative as a PDF (edited text where edited)',
  request: { query: CountryReportQuery },
  responses: { 200: file('application/pdf', 'The PDF.'), ...errors(404, 422) },
});

export const getAssessmentRoute = createRoute({
  method: 'get',
  path: '/api/country-report/assessment',
  tags: ['country-report'],
  summary:
    'The minimum-standards self-assessment: TVPA section 108 and GRETA criteria with evidence from the figures and records, verdicts, weaknesses, an advisory reading (not an official ranking), and the coordinator’s own verdicts',
  request: { query: CountryReportQuery },
  responses: { 200: json(CountryAssessment, 'The assessment.'), ...errors(404, 422) },
});

export const saveCriterionAssessmentRoute = createRoute({
  method: 'put',
  path: '/api/country-report/assessment/{criterion}',
  tags: ['country-report'],
  summary: 'The coordinator’s verdict and notes on one criterion (compare-and-set on the version; audited)',
  request: { params: CriterionParams, body: jsonBody(CriterionAssessmentBody) },
  responses: {
    200: json(CriterionAssessmentResponse, 'The saved assessment.'),
    ...errors(409, 413, 415, 422),
  },
});

export const listCountryReportReleasesRoute = createRoute({
  method: 'get',
  path: '/api/country-report/releases',
  tags: ['country-report'],
  summary: 'The submissions released for a year, newest first (files and hashes)',
  request: { query: CountryReportReleaseQuery },
  responses: {
    200: json(z.object({ releases: z.array(CountryReportRelease) }), 'The releases.'),
    ...errors(422),
  },
});

export const releaseCountryReportRoute = createRoute({
  method: 'post',
  path: '/api/country-report/releases',
  tags: ['country-report'],
  summary:
    'Freeze what the country submits: a questionnaire or the narrative of a year, its files stored byte for byte with their SHA-256 (audited); again for the same year = a new number with a reason',
  request: { body: jsonBody(CountryReportReleaseBody) },
  responses: {
    201: json(z.object({ release: CountryReportRelease }), 'The release.'),
    ...errors(409, 413, 415, 422),
  },
});

export const getCountryReportReleaseFileRoute = createRoute({
  method: 'get',
  path: '/api/country-report/releases/{id}/files/{name}',
  tags: ['country-report'],
  summary:
    'One file of a released submission, byte for byte as released (audited); X-OpenNRM-SHA256 is its hash, X-OpenNRM-Release-SHA256 the release’s',
  request: { params: CountryReportReleaseFileParams },
  responses: {
    200: {
      description: 'The file.',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(404),
  },
});
