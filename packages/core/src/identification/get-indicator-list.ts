import type { Ctx } from '../context.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { notFound } from '../support/errors.ts';
import { authorizeIndicatorListRead } from './authorize-indicator-list-read.ts';

/** One list by key: a given version (the one a screening used), or the latest. */
export async function getIndicatorList(ctx: Ctx, key: string, version?: number): Promise<IndicatorList> {
  authorizeIndicatorListRead(ctx);
  const list = await ctx.store.indicatorLists.get(key, version);
  if (!list) throw notFound(`The indicator list ${key}`);
  return list;
}
