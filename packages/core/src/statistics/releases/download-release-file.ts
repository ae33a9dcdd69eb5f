import { recordAudit } from '../../audit/record-audit.ts';
import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import { notFound } from '../../support/errors.ts';
import type { ReleaseFileContent, StatisticsRelease } from './release-model.ts';

/**
 * One file of a release, the stored bytes exactly as published (never rendered again), with
 * the release so the caller can state both hashes. Audited like every report leaving as a file.
 */
export async function downloadReleaseFile(
  ctx: Ctx,
  releaseId: string,
  name: string,
): Promise<{ release: StatisticsRelease; file: ReleaseFileContent }> {
  authorize(ctx.actor, 'statistics_release', 'read');
  const release = await ctx.store.statisticsReleases.get(releaseId);
  if (!release) throw notFound('release');
  const file = release.files.some((f) => f.name === name)
    ? await ctx.store.statisticsReleases.file(release.id, name)
    : undefined;
  if (!file) throw notFound('file');
  await recordAudit({ store: ctx.store, clock: ctx.clock }, ctx.actor, ctx.request, {
    action: 'statistics.release_downloaded',
    entityType: 'statistics_release',
    entityId: release.id,
    details: { file: file.name, sha256: file.sha256 },
  });
  return { release, file };
}
