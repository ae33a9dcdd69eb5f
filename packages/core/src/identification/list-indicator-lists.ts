import type { Ctx } from '../context.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { authorizeIndicatorListRead } from './authorize-indicator-list-read.ts';

export async function listIndicatorLists(ctx: Ctx): Promise<IndicatorList[]> {
  authorizeIndicatorListRead(ctx);
  return (await ctx.store.indicatorLists.listLatest()).sort((a, b) => a.key.localeCompare(b.key));
}
