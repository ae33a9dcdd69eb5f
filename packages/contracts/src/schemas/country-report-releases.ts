import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, text, Uuid } from './common.ts';

/** What the country releases (core/src/country-report/releases/country-report-release.ts). */
export const CountryReportDocument = z
  .enum(['tip', 'greta', 'glotip', 'narrative'])
  .openapi('CountryReportDocument');

export const CountryReportReleaseBody = z
  .strictObject({
    document: CountryReportDocument,
    year: z.int().min(1990).max(2100),
    reason: text(2000).optional().openapi({
      description: 'Required when the document of the year was released before: why it is sent again.',
    }),
  })
  .openapi('CountryReportReleaseBody');

export const CountryReportReleaseQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

export const CountryReportRelease = z
  .object({
    id: Uuid,
    document: CountryReportDocument,
    year: z.int(),
    number: z.int(),
    period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    releasedAt: Timestamp,
    releasedBy: z.object({ name: z.string() }),
    reason: z.string().nullable(),
    files: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(['json', 'xlsx', 'docx', 'pdf', 'sha256sums']),
        contentType: z.string(),
        locale: Locale.nullable(),
        size: z.int(),
        sha256: z.string(),
      }),
    ),
    /** SHA-256 of the release's SHA256SUMS file. */
    sha256: z.string(),
  })
  .openapi('CountryReportRelease');

export const CountryReportReleaseFileParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  name: z
    .string()
    .max(200)
    .openapi({ param: { name: 'name', in: 'path' } }),
});
