import { factOf, measureValue, type TableDefinition } from './catalogue.ts';
import { type DimensionKey, dimensionValues, sparseDimensions } from './dimensions.ts';
import type { FigureLookup } from './figure-lookup.ts';
import type { Cell, Period, ReportTable, ReportView, TableFigures } from './report-model.ts';
import type { StatisticsLabels } from './statistics-labels.ts';

export interface AssembleInput {
  definition: TableDefinition;
  figures: FigureLookup;
  periods: { current: Period; previous: Period };
  labels: StatisticsLabels;
  view: ReportView;
  threshold: number;
  /** Values of configured dimensions (prison bands) in place of the catalogue's defaults. */
  values?: Partial<Record<DimensionKey, readonly string[]>>;
}

const exact = (value: number | null): Cell => ({ value, suppressed: false });

/**
 * One table with both periods from the aggregate rows. Counts are exact here (suppression of
 * the published view runs over all tables together afterwards); a median is hidden in the
 * published view when fewer records than the threshold stand behind it.
 */
export function assembleTable(input: AssembleInput): ReportTable {
  const { definition, labels } = input;
  const rowValues = keptValues(input, definition.rows, 'rows');
  const columnValues = definition.columns ? keptValues(input, definition.columns, 'columns') : [];
  const label = (dimension: DimensionKey, code: string) => ({
    code,
    label: labels.dimensions[dimension].values[code] ?? code,
  });
  const text = labels.tables[definition.key] ?? { title: definition.key, definition: '' };
  return {
    key: definition.key,
    fact: definition.fact,
    title: text.title,
    definition: text.definition,
    measure: definition.measure,
    measureLabel: measureLabelOf(definition, labels),
    rowDimension: { code: definition.rows, label: labels.dimensions[definition.rows].label },
    columnDimension: definition.columns
      ? { code: definition.columns, label: labels.dimensions[definition.columns].label }
      : null,
    rows: rowValues.map((code) => label(definition.rows, code)),
    columns: definition.columns ? columnValues.map((code) => label(definition.columns!, code)) : [],
    current: figuresFor(input, 0, input.periods.current, rowValues, columnValues),
    previous: figuresFor(input, 1, input.periods.previous, rowValues, columnValues),
  };
}

/** Sparse dimensions (organisation types) keep only values with records in either period. */
function keptValues(input: AssembleInput, dimension: DimensionKey, axis: 'rows' | 'columns'): string[] {
  const all = input.values?.[dimension] ?? (dimensionValues[dimension] as readonly string[]);
  if (!sparseDimensions.includes(dimension)) return [...all];
  const count = (period: number, code: string) => input.figures.count(period, { [dimension]: code });
  const kept = all.filter((code) => count(0, code) > 0 || count(1, code) > 0);
  // An empty table still shows its shape with one row or column.
  return kept.length > 0 || axis === 'columns' ? kept : all.slice(0, 1);
}

function figuresFor(
  input: AssembleInput,
  period: number,
  range: Period,
  rows: readonly string[],
  columns: readonly string[],
): TableFigures {
  const { definition, figures } = input;
  const r = definition.rows;
  const c = definition.columns;
  const measure = definition.measure;
  const personal = factOf(definition.fact)?.aboutPersons !== false;
  const at = (values: Partial<Record<DimensionKey, string>>): Cell => {
    if (measure.kind === 'count') return exact(figures.count(period, values));
    const { value, n } =
      measure.kind === 'sum'
        ? figures.sum(period, values, measure.value)
        : figures.median(period, values, measureValue(measure)!);
    if (personal && input.view === 'published' && n > 0 && n < input.threshold)
      return { value: null, suppressed: true };
    // A sum of nothing is zero; a median of nothing has no value.
    if (measure.kind === 'sum') return exact(value === null ? 0 : Math.round(value * 100) / 100);
    return exact(value === null ? null : Math.round(value * 10) / 10);
  };
  return {
    period: range,
    cells: rows.map((row) => (c ? columns.map((column) => at({ [r]: row, [c]: column })) : [])),
    rowTotals: rows.map((row) => (definition.columnsApart ? exact(null) : at({ [r]: row }))),
    columnTotals: c ? columns.map((column) => at({ [c]: column })) : [],
    total: definition.columnsApart ? exact(null) : at({}),
  };
}

/** The heading of a table's measure: "Number", "Median days", "Total, bed-nights", "Median, months". */
export function measureLabelOf(definition: TableDefinition, labels: StatisticsLabels): string {
  const { measure } = definition;
  const { layout } = labels;
  if (measure.kind === 'count') return layout.count;
  if (measure.kind === 'median_days') return layout.medianDays;
  return `${measure.kind === 'sum' ? layout.sum : layout.median}, ${layout.units[measure.unit]}`;
}
