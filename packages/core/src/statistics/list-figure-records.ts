import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { scopeFor } from '../policy/authorize.ts';
import { invalid, notFound } from '../support/errors.ts';
import type { ReportInput } from './build-annual-report.ts';
import { tables } from './catalogue.ts';
import { readConfiguredDimensions } from './configured-dimensions.ts';
import { dimensionValues } from './dimensions.ts';
import { resolvePeriods } from './report-period.ts';
import { resolveScope } from './report-scope.ts';
import type { FigureRecords } from './statistics-ports.ts';
import { readStatisticsSettings } from './statistics-settings.ts';

export interface FigureInput extends ReportInput {
  table: string;
  /** Row and column codes; absent = the total of that axis. */
  row?: string | undefined;
  column?: string | undefined;
  period?: 'current' | 'previous' | undefined;
}

const pageSize = 200;

/**
 * The records behind one figure of the internal report. Everyone entitled to the figure learns
 * how many records stand behind it; only records the caller may open anyway (the person policy
 * decides, exactly as in the persons list) are named. The national coordinator, who holds no
 * right on persons, gets the count and no codes.
 */
export async function listFigureRecords(
  ctx: Ctx,
  input: FigureInput,
): Promise<FigureRecords & { notVisible: number }> {
  const scope = resolveScope(ctx.actor, input);
  if (input.datasetId) throw invalid('Imported datasets have no records to open.');
  const table = tables.find((t) => t.key === input.table);
  if (!table) throw notFound('statistics table');
  const configured = await readConfiguredDimensions(ctx.store);
  const where: Record<string, string> = {};
  for (const [dimension, code] of [
    [table.rows, input.row],
    [table.columns, input.column],
  ] as const) {
    if (code === undefined) continue;
    const known = dimension && (configured.values[dimension] ?? dimensionValues[dimension]);
    if (!known || !(known as readonly string[]).includes(code)) {
      throw invalid(`No such row or column: ${code}.`, {
        fields: { [dimension ? 'row' : 'column']: 'invalid' },
      });
    }
    where[dimension] = code;
  }
  const settings = await readStatisticsSettings(ctx.store);
  const periods = resolvePeriods(input, ctx.clock.now(), settings);
  const period = input.period === 'previous' ? periods.previous : periods.current;
  const { countryCode } = await readIdentificationSettings(ctx.store);
  const personScope = scopeFor(ctx.actor, 'person', 'read');
  const result = await ctx.store.statistics.records(
    {
      fact: table.fact,
      source: { kind: 'national' },
      periods: [period],
      scope,
      countryCode,
      timeZone: settings.timeZone,
      groupings: [],
      medians: [],
      where,
      asOf: ctx.clock.now(),
      sentenceBands: configured.sentenceBands,
    },
    pageSize,
    personScope
      ? { scope: personScope, userId: ctx.actor.userId, organisationId: ctx.actor.organisationId }
      : null,
  );
  const visible = result.records.filter((record) => record.visible);
  return { ...result, records: visible, notVisible: result.total - visible.length };
}
