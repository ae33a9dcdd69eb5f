import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { IndicatorList } from '../screening/indicator-list.ts';
import { validateIndicatorList } from '../screening/validate-indicator-list.ts';

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
