import { createRoute, z } from '@hono/zod-openapi';
import { IdParams, Locale } from '../schemas/common.ts';
import {
  PublishReleaseBody,
  ReleaseFileParams,
  StatisticsRelease,
  StatisticsReleaseList,
} from '../schemas/statistics-releases.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const listReleasesRoute = createRoute({
  method: 'get',
  path: '/api/statistics/releases',
  tags: ['statistics'],
  summary: 'Published releases of the national statistics, newest first',
  responses: { 200: json(StatisticsReleaseList, 'The releases.'), ...errors() },
});

export const publishReleaseRoute = createRoute({
  method: 'post',
  path: '/api/statistics/releases',
  tags: ['statistics'],
  summary:
    'Publish the national published view of a period: the report and its files frozen with their SHA-256 (audited); again for the same period = a correction with a reason',
  request: { body: jsonBody(PublishReleaseBody) },
  responses: {
    201: json(z.object({ release: StatisticsRelease }), 'The release.'),
    ...errors(404, 409, 413, 415, 422),
  },
});

export const getReleaseRoute = createRoute({
  method: 'get',
  path: '/api/statistics/releases/{id}',
  tags: ['statistics'],
  summary: 'One release: files and hashes, settings and definitions used, the cells it corrected',
  request: { params: IdParams, query: z.object({ locale: Locale.optional() }) },
  responses: { 200: json(z.object({ release: StatisticsRelease }), 'The release.'), ...errors(404) },
});

export const getReleaseFileRoute = createRoute({
  method: 'get',
  path: '/api/statistics/releases/{id}/files/{name}',
  tags: ['statistics'],
  summary:
    'One file of a release, byte for byte as published (audited); X-OpenNRM-SHA256 is its hash, X-OpenNRM-Release-SHA256 the release’s',
  request: { params: ReleaseFileParams },
  responses: {
    200: {
      description: 'The file.',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(404),
  },
});
