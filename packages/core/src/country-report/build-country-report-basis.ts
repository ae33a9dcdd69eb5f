import type { Ctx } from '../context.ts';
import type { Locale } from '../model.ts';
import { buildAnnualReport } from '../statistics/build-annual-report.ts';
import type { Report } from '../statistics/report-model.ts';
import {
  assessMinimumStandards,
  type MinimumStandardsAssessment,
} from './assessment/assess-minimum-standards.ts';
import { collectAssessmentFigures } from './assessment/collect-assessment-figures.ts';

/**
 * What every country-report document stands on: the national report of the year in the internal
 * (exact) view, in the reader's language, and the system's self-assessment from it and from the
 * prevention records. The TIP report's words are US English.
 */
export async function buildCountryReportBasis(
  ctx: Ctx,
  input: { year: number; locale?: Locale | undefined },
): Promise<{ report: Report; assessment: MinimumStandardsAssessment }> {
  const locale = input.locale ?? 'en';
  const report = await buildAnnualReport(ctx, {
    year: input.year,
    scope: 'national',
    view: 'internal',
    locale,
    spelling: 'american',
  });
  const figures = await collectAssessmentFigures(ctx, report.tables, {
    current: report.period,
    previous: report.previousPeriod,
  });
  return { report, assessment: assessMinimumStandards(figures, locale) };
}
