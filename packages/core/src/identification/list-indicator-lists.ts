import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx, Deps } from '../context.ts';
import { authorize, can } from '../policy/authorize.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { shippedIndicatorLists } from '../screening/shipped-indicator-lists.ts';
import { validateIndicatorList } from '../screening/validate-indicator-list.ts';
import { forbidden, notFound } from '../support/errors.ts';

/** Screeners and administrators read the lists; nobody else needs them. */
function authorizeRead(ctx: Ctx): void {
  if (
    !can(ctx.actor, 'person', 'create') &&
    !can(ctx.actor, 'person', 'update') &&
    !can(ctx.actor, 'configuration', 'read')
  ) {
    throw forbidden();
  }
}

export async function listIndicatorLists(ctx: Ctx): Promise<IndicatorList[]> {
  authorizeRead(ctx);
  return (await ctx.store.indicatorLists.listLatest()).sort((a, b) => a.key.localeCompare(b.key));
}

export async function getIndicatorList(ctx: Ctx, key: string, version?: number): Promise<IndicatorList> {
  authorizeRead(ctx);
  const list = await ctx.store.indicatorLists.get(key, version);
  if (!list) throw notFound(`The indicator list ${key}`);
  return list;
}

/**
 * An administrator loads a country's own list (its SOP), validated as a whole. It becomes the
 * next version of its key; earlier versions stay, since screenings name the version they used.
 */
export async function loadIndicatorList(ctx: Ctx, input: unknown): Promise<IndicatorList> {
  authorize(ctx.actor, 'configuration', 'update');
  const candidate = validateIndicatorList(input);
  return ctx.store.transaction(async (tx) => {
    const latest = await tx.indicatorLists.get(candidate.key);
    const list = { ...candidate, version: (latest?.version ?? 0) + 1 };
    await tx.indicatorLists.save(list, ctx.actor.userId, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'indicator_list.loaded',
      entityType: 'indicator_list',
      entityId: `${list.key}@${list.version}`,
      details: { indicators: list.indicators.length, rule: list.rule },
    });
    return list;
  });
}

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
