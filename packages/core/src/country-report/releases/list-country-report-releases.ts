import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import type { CountryReportRelease } from './country-report-release.ts';

/** The submissions released for a year, newest first (file lists and hashes, no contents). */
export async function listCountryReportReleases(
  ctx: Ctx,
  input: { year: number },
): Promise<CountryReportRelease[]> {
  authorize(ctx.actor, 'country_report', 'read');
  return ctx.store.countryReportReleases.list(input.year);
}
