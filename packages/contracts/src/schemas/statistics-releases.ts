import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, text, Uuid } from './common.ts';
import { ReportQuery, ReportResponse } from './statistics.ts';

const Period = z.object({ from: z.string(), to: z.string(), label: z.string() });

/**
 * A cell as the published files showed it: a figure, "not shown" (hidden to protect
 * confidentiality; never with its value), or absent from that version.
 */
export const PublishedFigure = z
  .union([
    z.object({ status: z.literal('shown'), value: z.number().nullable() }),
    z.object({ status: z.literal('not_shown') }),
    z.object({ status: z.literal('absent') }),
  ])
  .openapi('PublishedFigure');

export const CellRevision = z
  .object({
    table: z.string(),
    period: z.enum(['current', 'previous']),
    row: z.string().nullable(),
    column: z.string().nullable(),
    before: PublishedFigure,
    after: PublishedFigure,
  })
  .openapi('CellRevision');

export const ReleaseFile = z
  .object({
    name: z.string(),
    kind: z.enum(['json', 'xlsx', 'pdf', 'csv.zip', 'sha256sums']),
    contentType: z.string(),
    locale: Locale.nullable(),
    size: z.int(),
    sha256: z.string(),
  })
  .openapi('ReleaseFile');

/** A changed cell with its table, row and column named in the reader's language. */
const LabelledRevision = CellRevision.extend({
  labels: z.object({ table: z.string(), row: z.string(), column: z.string() }),
});

export const StatisticsRelease = z
  .object({
    id: Uuid,
    number: z.int(),
    source: z.union([
      z.object({ kind: z.literal('national') }),
      z.object({ kind: z.literal('ctdc'), datasetId: Uuid, name: z.string() }),
    ]),
    scope: z.object({ kind: z.literal('national') }),
    period: Period,
    previousPeriod: Period,
    locales: z.array(Locale),
    publishedAt: Timestamp,
    publishedBy: z.object({ name: z.string() }),
    corrects: z.object({ id: Uuid, number: z.int() }).nullable(),
    reason: z.string().nullable(),
    changes: z.array(LabelledRevision),
    settings: z.object({
      threshold: z.int(),
      countryCode: z.string(),
      statistics: z.record(z.string(), z.unknown()),
    }),
    definitions: z.object({
      tables: z.array(
        z.object({
          key: z.string(),
          fact: z.string(),
          rows: z.string(),
          columns: z.string().nullable(),
          measure: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
    files: z.array(ReleaseFile),
    /** SHA-256 of the release's SHA256SUMS file. */
    sha256: z.string(),
  })
  .openapi('StatisticsRelease');

export const StatisticsReleaseList = z
  .object({ releases: z.array(StatisticsRelease.omit({ changes: true, definitions: true })) })
  .openapi('StatisticsReleaseList');

/** What to publish: the national published view of a period (and source), in these languages. */
export const PublishReleaseBody = z
  .strictObject({
    year: z.int().min(1990).max(2100).optional().openapi({
      description:
        'The reporting year (published figures come by whole reporting years); default: the last full one.',
    }),
    dataset: Uuid.optional().openapi({
      description: 'An imported CTDC dataset instead of national records.',
    }),
    locales: z.array(Locale).min(1).max(3),
    reason: text(2000)
      .optional()
      .openapi({ description: 'Required when the period was released before: what this release corrects.' }),
  })
  .openapi('PublishReleaseBody');

export const ReleaseFileParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  name: z
    .string()
    .max(200)
    .openapi({ param: { name: 'name', in: 'path' } }),
});

/** The report's previous-year column as published: which release, and what changed since. */
export const PreviousAsPublished = z
  .object({
    release: z.object({ id: Uuid, number: z.int(), publishedAt: Timestamp, sha256: z.string() }).nullable(),
    revisions: z.array(CellRevision),
  })
  .openapi('PreviousAsPublished');

/** The report with its previous-year column as the records stand now or as last released. */
export const ReportWithPreviousQuery = ReportQuery.extend({
  previous: z.enum(['current', 'published']).optional().openapi({
    description:
      'published: the previous period as its latest national release (published view, national scope only), with the revisions since',
  }),
}).openapi('ReportWithPreviousQuery');

export const ReportWithPreviousResponse = ReportResponse.extend({
  previousAsPublished: PreviousAsPublished.optional(),
}).openapi('ReportWithPrevious');
