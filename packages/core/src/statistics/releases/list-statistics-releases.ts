import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import type { StatisticsRelease } from './release-model.ts';

/** Every release, newest first: what was published, when, by whom, and what each corrects. */
export async function listStatisticsReleases(ctx: Ctx): Promise<StatisticsRelease[]> {
  authorize(ctx.actor, 'statistics_release', 'read');
  return ctx.store.statisticsReleases.list();
}
