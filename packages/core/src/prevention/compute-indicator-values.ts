import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { holdsGrant } from '../policy/authorize.ts';
import { measureValue, type TableDefinition, tablesFor } from '../statistics/catalogue.ts';
import { type DimensionKey, dimensionValues } from '../statistics/dimensions.ts';
import { createFigureLookup } from '../statistics/figure-lookup.ts';
import { resolvePeriods } from '../statistics/report-period.ts';
import { readStatisticsSettings } from '../statistics/statistics-settings.ts';
import type { PlanIndicator } from './action-plan.ts';

type Computed = Extract<PlanIndicator['source'], { kind: 'computed' }>;

/**
 * The value of each computed indicator for a year, read from OpenNRM's own statistics (national,
 * internal view) at the moment of asking: a decision recorded today changes it today. Each asks
 * the statistics for its one cell only (its fact, its year, its grouping), not a whole report.
 * Only for actors who may read national figures; others get null (and the web says why).
 */
export async function computeIndicatorValues(
  ctx: Ctx,
  indicators: readonly PlanIndicator[],
  years: readonly number[],
): Promise<Map<string, Record<string, number | null>>> {
  const result = new Map<string, Record<string, number | null>>();
  const computed = indicators.filter((i) => i.source.kind === 'computed');
  if (computed.length === 0) return result;
  const national = holdsGrant(ctx.actor, 'statistics', 'read', ['aggregate', 'all']);
  const settings = national ? await readStatisticsSettings(ctx.store) : null;
  const { countryCode } = await readIdentificationSettings(ctx.store);
  const catalogue = tablesFor('national');
  for (const indicator of computed) {
    const source = indicator.source as Computed;
    const values: Record<string, number | null> = {};
    for (const year of years) {
      const table = catalogue.find((t) => t.key === source.tableKey);
      values[year] =
        settings && table ? await readCell(ctx, table, source, year, { ...settings, countryCode }) : null;
    }
    result.set(indicator.id, values);
  }
  return result;
}

async function readCell(
  ctx: Ctx,
  table: TableDefinition,
  source: Computed,
  year: number,
  settings: Awaited<ReturnType<typeof readStatisticsSettings>> & { countryCode: string },
): Promise<number | null> {
  const where: Partial<Record<DimensionKey, string>> = {};
  const axis = (dimension: DimensionKey | null, code: string | undefined) => {
    if (dimension === null || code === undefined || code === 'total') return true;
    if (!(dimensionValues[dimension] as readonly string[]).includes(code)) return false;
    where[dimension] = code;
    return true;
  };
  if (!axis(table.rows, source.row) || !axis(table.columns, source.column)) return null;
  const { current } = resolvePeriods({ year }, ctx.clock.now(), settings, { view: 'internal' });
  const value = measureValue(table.measure);
  const grouping = Object.keys(where) as DimensionKey[];
  const rows = await ctx.store.statistics.aggregate({
    fact: table.fact,
    source: { kind: 'national' },
    periods: [current],
    timeZone: settings.timeZone,
    scope: { kind: 'national' },
    countryCode: settings.countryCode,
    groupings: [grouping],
    medians: table.measure.kind === 'median' || table.measure.kind === 'median_days' ? [value!] : [],
    sums: table.measure.kind === 'sum' ? [value!] : [],
    asOf: ctx.clock.now(),
  });
  const figures = createFigureLookup(rows);
  if (table.measure.kind === 'count') return figures.count(0, where);
  if (table.measure.kind === 'sum') return figures.sum(0, where, value!).value ?? 0;
  const median = figures.median(0, where, value!).value;
  return median === null ? null : Math.round(median * 10) / 10;
}
