import type { Deps } from '../context.ts';
import { shippedIndicatorLists } from '../screening/shipped-indicator-lists.ts';

/** At start: stores the shipped lists that are not there yet (by key and version). */
export async function ensureShippedIndicatorLists(deps: Pick<Deps, 'store' | 'clock'>): Promise<number> {
  let added = 0;
  for (const list of shippedIndicatorLists) {
    if (await deps.store.indicatorLists.get(list.key, list.version)) continue;
    await deps.store.indicatorLists.save(list, null, deps.clock.now());
    added += 1;
  }
  return added;
}
