import type { Ctx } from '../context.ts';
import type { Locale } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import type { Period } from '../statistics/report-model.ts';
import type { MinimumStandardsAssessment } from './assessment/assess-minimum-standards.ts';
import { buildCountryReportBasis } from './build-country-report-basis.ts';
import type { CriterionAssessment } from './country-report-ports.ts';

export type CountryAssessment = MinimumStandardsAssessment & {
  period: Period;
  previousPeriod: Period;
  /** The coordinator's verdicts and notes, by criterion (absent until they assess it). */
  coordinator: Record<string, Omit<CriterionAssessment, 'year' | 'criterion'>>;
};

/** The minimum-standards self-assessment of a year: the system's from the data, the coordinator's beside it. */
export async function getCountryAssessment(
  ctx: Ctx,
  input: { year: number; locale?: Locale | undefined },
): Promise<CountryAssessment> {
  authorize(ctx.actor, 'country_report', 'read');
  const { report, assessment } = await buildCountryReportBasis(ctx, input);
  const stored = await ctx.store.countryReports.listAssessments(input.year);
  const coordinator = Object.fromEntries(stored.map(({ year: _y, criterion, ...rest }) => [criterion, rest]));
  return { ...assessment, period: report.period, previousPeriod: report.previousPeriod, coordinator };
}
