import type { Ctx } from '../context.ts';
import type { Locale } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { buildAnnualReport } from '../statistics/build-annual-report.ts';
import type { Period } from '../statistics/report-model.ts';
import { type FilledSubmission, fillSubmissionTemplate } from './fill-submission-template.ts';
import type { SubmissionKey } from './submission-template.ts';
import { submissionTemplateOf } from './submission-templates.ts';

export interface FilledSubmissionInput {
  template: SubmissionKey;
  year: number;
  locale?: Locale | undefined;
}

export type FilledSubmissionForPeriod = FilledSubmission & { period: Period; previousPeriod: Period };

/**
 * One questionnaire filled from the national figures of a reporting year. The internal (exact)
 * view: the government answers the body with its own figures, which the body then publishes
 * under its own rules; the coordinator alone drafts it.
 */
export async function getFilledSubmission(
  ctx: Ctx,
  input: FilledSubmissionInput,
): Promise<FilledSubmissionForPeriod> {
  authorize(ctx.actor, 'country_report', 'read');
  const template = submissionTemplateOf(input.template);
  const report = await buildAnnualReport(ctx, {
    year: input.year,
    scope: 'national',
    view: 'internal',
    locale: input.locale ?? 'en',
    // The TIP report is written in US English; the others keep the country's setting.
    spelling: input.template === 'tip' ? 'american' : undefined,
  });
  return {
    ...fillSubmissionTemplate(template, report.tables),
    period: report.period,
    previousPeriod: report.previousPeriod,
  };
}
