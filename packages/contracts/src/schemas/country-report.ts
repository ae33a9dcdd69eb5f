import { z } from '@hono/zod-openapi';
import { Locale } from './common.ts';

const Period = z.object({ from: z.string(), to: z.string(), label: z.string() });

/** The questionnaires (core/src/country-report/submission-templates.ts). */
export const SubmissionKey = z.enum(['tip', 'greta', 'glotip']).openapi('SubmissionKey');

export const CountryReportQuery = z
  .object({
    year: z.coerce.number().int().min(1990).max(2100).openapi({
      description: 'The reporting year beginning in this calendar year (Statistics settings).',
    }),
    locale: Locale.optional(),
  })
  .openapi('CountryReportQuery');

export const SubmissionParams = z.object({
  template: SubmissionKey.openapi({ param: { name: 'template', in: 'path' } }),
});

const StatisticRef = z.object({
  table: z.string(),
  row: z.string().nullable(),
  column: z.string().nullable(),
});

export const FilledSubmission = z
  .object({
    template: z.object({
      key: SubmissionKey,
      title: z.string(),
      body: z.string(),
      notes: z.array(z.string()),
      unfilled: z.array(
        z.object({ key: z.string(), section: z.string(), label: z.string(), reason: z.string() }),
      ),
    }),
    period: Period,
    previousPeriod: Period,
    cells: z.array(
      z.object({
        key: z.string(),
        section: z.string(),
        label: z.string(),
        period: z.enum(['current', 'previous']),
        value: z.number().nullable(),
        suppressed: z.boolean(),
        missing: z.array(z.string()),
        sources: z.array(
          z.object({
            ref: StatisticRef,
            title: z.string(),
            definition: z.string(),
            value: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('FilledSubmission');
