import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import { notFound } from '../../support/errors.ts';
import type { StatisticsRelease } from './release-model.ts';

/** One release with its files, hashes, settings, definitions and the cells it corrected. */
export async function getStatisticsRelease(ctx: Ctx, id: string): Promise<StatisticsRelease> {
  authorize(ctx.actor, 'statistics_release', 'read');
  const release = await ctx.store.statisticsReleases.get(id);
  if (!release) throw notFound('release');
  return release;
}
