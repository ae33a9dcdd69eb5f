import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import type { Locale } from '../model.ts';
import { readProtectionSettings } from '../protection/protection-settings.ts';
import { invalid, notFound } from '../support/errors.ts';
import { assembleTable } from './assemble-table.ts';
import { isMedian, measureValue, type SourceKind, type TableDefinition, tablesFor } from './catalogue.ts';
import { readConfiguredDimensions, withConfiguredLabels } from './configured-dimensions.ts';
import type { DimensionKey } from './dimensions.ts';
import { orderFactsByCost, recordFactCost } from './fact-order.ts';
import { createFigureLookup } from './figure-lookup.ts';
import type { EnglishSpelling } from './glossary/english-spelling.ts';
import { draftNarrative } from './narrative/index.ts';
import type { Report, ReportSource, ReportView } from './report-model.ts';
import { isWholeYears, type PeriodInput, resolvePeriods } from './report-period.ts';
import { resolveScope, type ScopeInput } from './report-scope.ts';
import { statisticsLabels } from './statistics-labels.ts';
import { readStatisticsSettings } from './statistics-settings.ts';
import { suppressReport } from './suppression/suppress-report.ts';

export interface ReportInput extends PeriodInput, ScopeInput {
  view?: ReportView | undefined;
  datasetId?: string | undefined;
  locale?: Locale | undefined;
  /**
   * Only what one table needs (a CSV download): the tables of its fact — all of them, because
   * their shared margins are suppressed together — and no narrative.
   */
  forTable?: string | undefined;
  /** English spelling of this report (the TIP report is US); default: the statistics setting. */
  spelling?: EnglishSpelling | undefined;
}

/** The country's name in the report's language ("Azerbaijan", "Azərbaycan"); null if unknown. */
function countryNameOf(countryCode: string, locale: Locale): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(countryCode.toUpperCase());
    return name && name !== countryCode.toUpperCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Every grouping a fact's tables need: each table's cells, its row and column totals, the total. */
function groupingsOf(definitions: readonly TableDefinition[]): DimensionKey[][] {
  const seen = new Map<string, DimensionKey[]>();
  for (const t of definitions) {
    const sets: DimensionKey[][] = t.columns
      ? [[t.rows, t.columns], [t.rows], [t.columns], []]
      : [[t.rows], []];
    for (const set of sets) seen.set([...set].sort().join(','), set);
  }
  return [...seen.values()];
}

/**
 * The annual report: every table of the catalogue for the period and the one before, computed
 * from the records (one aggregate query per fact), in the internal view (exact) or the published
 * one (small cells suppressed so that none can be recomputed), with a narrative drawn from the
 * same cells in the reader's language.
 */
export async function buildAnnualReport(ctx: Ctx, input: ReportInput): Promise<Report> {
  const scope = resolveScope(ctx.actor, input);
  if (scope.kind === 'organisation') {
    // Named in the report and its files; an unknown organisation is an error, not an empty report.
    const organisation = await ctx.store.organisations.get(scope.organisationId);
    if (!organisation) throw notFound('organisation');
    scope.name = organisation.name;
  }
  const view = input.view ?? 'internal';
  if (view === 'published' && scope.kind !== 'national') {
    // Regions and organisations published beside the nation would let a hidden figure be worked
    // out by difference (national = sum of regions = sum of organisations): only the nation is.
    throw invalid('Only national figures are published; a region or an organisation has the internal view.', {
      fields: { view: 'invalid' },
    });
  }
  const locale = input.locale ?? 'en';
  const settings = await readStatisticsSettings(ctx.store);
  const periods = resolvePeriods(input, ctx.clock.now(), settings, { view, locale });
  const source = await resolveSource(ctx, input.datasetId);
  if (source.kind === 'ctdc') {
    if (scope.kind !== 'national') throw invalid('An imported dataset has no regions or organisations.');
    if (!isWholeYears(periods.current)) throw invalid('An imported dataset is reported by whole years.');
  }
  const { countryCode } = await readIdentificationSettings(ctx.store);
  const threshold = settings.suppressionThreshold;
  const all = tablesFor(source.kind);
  const fact = input.forTable ? all.find((t) => t.key === input.forTable)?.fact : undefined;
  if (input.forTable && !fact) throw notFound('statistics table');
  const definitions = fact ? all.filter((t) => t.fact === fact) : all;
  const spelling = input.spelling ?? settings.englishSpelling;
  const configured = await readConfiguredDimensions(ctx.store);
  const labels = withConfiguredLabels(statisticsLabels(locale, spelling), configured, locale);
  const byFact = new Map<string, TableDefinition[]>();
  for (const t of definitions) byFact.set(t.fact, [...(byFact.get(t.fact) ?? []), t]);
  // One query per fact, all at once: on PostgreSQL they run on separate connections (and cores),
  // the costliest started first so that no long one is left to run alone at the end.
  const perFact = await Promise.all(
    orderFactsByCost([...byFact], ([fact]) => fact).map(async ([fact, factTables]) => {
      const medianTables = factTables.filter((t) => isMedian(t.measure));
      const valuesOf = (list: readonly TableDefinition[]) => [
        ...new Set(list.flatMap((t) => measureValue(t.measure) ?? [])),
      ];
      let cost = 0;
      const rows = await ctx.store.statistics.aggregate({
        fact,
        source: sourceKey(source),
        periods: [periods.current, periods.previous],
        scope,
        countryCode,
        timeZone: settings.timeZone,
        groupings: groupingsOf(factTables),
        medians: valuesOf(medianTables),
        sums: valuesOf(factTables.filter((t) => t.measure.kind === 'sum')),
        medianGroupings: groupingsOf(medianTables),
        asOf: ctx.clock.now(),
        sentenceBands: configured.sentenceBands,
        onTimed: (ms) => {
          cost += ms;
        },
      });
      recordFactCost(fact, cost);
      const figures = createFigureLookup(rows);
      return factTables.map((definition) =>
        assembleTable({ definition, figures, periods, labels, view, threshold, values: configured.values }),
      );
    }),
  );
  const tables = perFact.flat();
  // Catalogue order, whatever order the facts were computed in.
  tables.sort(
    (a, b) => definitions.findIndex((d) => d.key === a.key) - definitions.findIndex((d) => d.key === b.key),
  );
  const shown = view === 'published' ? suppressReport(tables, threshold) : tables;
  const readFrom = await ctx.store.statistics.freshness?.();
  const base = {
    generatedAt: ctx.clock.now().toISOString(),
    locale,
    view,
    threshold,
    source,
    // What the report covers, without how the compartment was applied: the reader learns nothing of it.
    scope: shownScope(scope),
    period: periods.current,
    previousPeriod: periods.previous,
    tables: shown,
    spelling,
    currency: (await readProtectionSettings(ctx.store)).defaultCurrency,
    // Read from a replica: the report says how far behind the primary its figures may be.
    ...(readFrom?.replica ? { readFrom } : {}),
  };
  const countryName = countryNameOf(countryCode, locale);
  return { ...base, narrative: input.forTable ? [] : draftNarrative({ ...base, countryName }) };
}

function sourceKey(source: ReportSource): { kind: SourceKind; datasetId?: string } {
  return source.kind === 'ctdc' ? { kind: 'ctdc', datasetId: source.datasetId } : { kind: 'national' };
}

async function resolveSource(ctx: Ctx, datasetId: string | undefined): Promise<ReportSource> {
  if (!datasetId) return { kind: 'national' };
  const dataset = await ctx.store.datasets.get(datasetId);
  if (!dataset) throw notFound('dataset');
  return { kind: 'ctdc', datasetId: dataset.id, name: dataset.name };
}

function shownScope(scope: Report['scope']): Report['scope'] {
  if (scope.kind !== 'organisation') return scope;
  const { complicity: _, ...shown } = scope;
  return shown;
}
