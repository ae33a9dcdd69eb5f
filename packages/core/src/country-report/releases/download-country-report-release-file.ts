import { recordAudit } from '../../audit/record-audit.ts';
import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import { notFound } from '../../support/errors.ts';
import type { CountryReportRelease, CountryReportReleaseFile } from './country-report-release.ts';

/**
 * One file of a released submission: the stored bytes exactly as released (never rendered
 * again), with the release so the caller can state both hashes. Audited: exact national
 * figures leave the system in it.
 */
export async function downloadCountryReportReleaseFile(
  ctx: Ctx,
  input: { releaseId: string; name: string },
): Promise<{ release: CountryReportRelease; file: CountryReportReleaseFile; bytes: Uint8Array }> {
  authorize(ctx.actor, 'country_report', 'read');
  const release = await ctx.store.countryReportReleases.get(input.releaseId);
  if (!release) throw notFound('release');
  const file = release.files.find((f) => f.name === input.name);
  const bytes = file && (await ctx.store.countryReportReleases.file(release.id, file.name));
  if (!file || !bytes) throw notFound('file');
  await recordAudit({ store: ctx.store, clock: ctx.clock }, ctx.actor, ctx.request, {
    action: 'country_report.release_downloaded',
    entityType: 'country_report_release',
    entityId: release.id,
    details: { file: file.name, sha256: file.sha256 },
  });
  return { release, file, bytes };
}
