import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, text } from './common.ts';

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

export const NarrativePartKey = z
  .enum(['summary', 'recommendations', 'prosecution', 'protection', 'prevention'])
  .openapi('NarrativePartKey');

const NumberChange = z.object({ number: z.string(), kind: z.enum(['added', 'removed']) });

const NarrativeFigure = z.object({
  table: z.string(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  period: z.enum(['current', 'previous']),
  value: z.number().nullable(),
  text: z.string(),
});

export const CountryNarrative = z
  .object({
    locale: Locale,
    period: Period,
    previousPeriod: Period,
    parts: z.array(
      z.object({
        part: NarrativePartKey,
        title: z.string(),
        draft: z.string(),
        figures: z.array(NarrativeFigure),
        edited: z.string().nullable(),
        version: z.int(),
        editedAt: Timestamp.nullable(),
        draftChanged: z.boolean(),
        changedNumbers: z.array(NumberChange),
        text: z.string(),
      }),
    ),
  })
  .openapi('CountryNarrative');

export const NarrativePartParams = z.object({
  part: NarrativePartKey.openapi({ param: { name: 'part', in: 'path' } }),
});

export const NarrativeEditBody = z
  .strictObject({
    year: z.int().min(1990).max(2100),
    locale: Locale,
    text: text(20_000),
    version: z.int().min(0),
  })
  .openapi('NarrativeEditBody');

export const NarrativeEditResponse = z.object({
  version: z.int(),
  editedAt: Timestamp,
  changedNumbers: z.array(NumberChange),
});

const Trend = z.enum(['improved', 'unchanged', 'worse', 'no_data']);

export const CountryAssessment = z
  .object({
    period: Period,
    previousPeriod: Period,
    criteria: z.array(
      z.object({
        key: z.string(),
        standard: z.enum(['tvpa', 'greta']),
        reference: z.string(),
        title: z.string(),
        verdict: Trend,
        evidence: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            source: z.string(),
            current: z.number().nullable(),
            previous: z.number().nullable(),
            trend: Trend,
            weakness: z.string().nullable(),
            recommendation: z.string().nullable(),
          }),
        ),
      }),
    ),
    weaknesses: z.array(z.object({ evidence: z.string(), finding: z.string(), recommendation: z.string() })),
    advisory: z.object({
      tier: z.enum(['tier_1', 'tier_2', 'tier_2_watch_list', 'tier_3']),
      text: z.string(),
    }),
    coordinator: z.record(
      z.string(),
      z.object({ verdict: Trend, notes: z.string(), version: z.int(), assessedAt: Timestamp }),
    ),
  })
  .openapi('CountryAssessment');

export const CriterionParams = z.object({
  criterion: z
    .string()
    .regex(/^[a-z0-9_.]{1,60}$/)
    .openapi({ param: { name: 'criterion', in: 'path' } }),
});

export const CriterionAssessmentBody = z
  .strictObject({
    year: z.int().min(1990).max(2100),
    verdict: Trend,
    notes: text(4_000, 0),
    version: z.int().min(0),
  })
  .openapi('CriterionAssessmentBody');

export const CriterionAssessmentResponse = z.object({
  verdict: Trend,
  notes: z.string(),
  version: z.int(),
  assessedAt: Timestamp,
});
