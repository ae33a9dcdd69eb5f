import type { Cell, Measure, Report, ReportTable } from '@opennrm/core';
import { notFound, statisticsLabels } from '@opennrm/core';
import { fillWords } from './report-file-words.ts';

/** A figure as the files show it: a suppressed cell never carries its number past this point. */
export type Figure =
  | { kind: 'number'; value: number }
  | { kind: 'suppressed'; marker: string }
  | { kind: 'blank' };

export interface LaidRow {
  label: string;
  isTotal: boolean;
  /** One figure per column heading: the columns then the row total (2-D), or the figure (1-D). */
  current: Figure[];
  previous: Figure[];
  /** Current minus previous, blank where either side is suppressed or empty. */
  change: Figure[];
}

export interface TableLayout {
  key: string;
  title: string;
  definition: string;
  rowHeading: string;
  columnHeadings: string[];
  currentLabel: string;
  previousLabel: string;
  changeLabel: string;
  rows: LaidRow[];
  /** Whether any figure is hidden (the file then explains the mark). */
  suppressed: boolean;
}

/**
 * The one place where report cells become what the CSV, XLSX and PDF show, so that the rule
 * "a suppressed figure is the marker, never its number" is enforced once for all three.
 */
export function layOutTable(report: Report, table: ReportTable): TableLayout {
  const layout = statisticsLabels(report.locale).layout;
  const show = (cell: Cell | undefined) => toFigure(report, table.measure, cell);
  const oneDimensional = table.columnDimension === null;
  const rows: LaidRow[] = table.rows.map((row, r) => {
    const figuresOf = (period: typeof table.current) =>
      oneDimensional
        ? [show(period.rowTotals[r])]
        : [...table.columns.map((_, c) => show(period.cells[r]?.[c])), show(period.rowTotals[r])];
    return laidRow(row.label, false, figuresOf(table.current), figuresOf(table.previous));
  });
  const totalsOf = (period: typeof table.current) =>
    oneDimensional
      ? [show(period.total)]
      : [...table.columns.map((_, c) => show(period.columnTotals[c])), show(period.total)];
  rows.push(laidRow(layout.total, true, totalsOf(table.current), totalsOf(table.previous)));
  const figures = rows.flatMap((row) => [...row.current, ...row.previous]);
  return {
    key: table.key,
    title: table.title,
    definition: table.definition,
    rowHeading: table.rowDimension.label,
    columnHeadings: oneDimensional
      ? [table.measureLabel]
      : [...table.columns.map((c) => c.label), layout.total],
    currentLabel: report.period.label,
    previousLabel: report.previousPeriod.label,
    changeLabel: layout.change,
    rows,
    suppressed: figures.some((f) => f.kind === 'suppressed'),
  };
}

export function findReportTable(report: Report, tableKey: string): ReportTable {
  const table = report.tables.find((t) => t.key === tableKey);
  if (!table) throw notFound('Report table');
  return table;
}

export function suppressedMarker(report: Report): string {
  return fillWords(statisticsLabels(report.locale).layout.suppressed, { threshold: report.threshold });
}

function toFigure(report: Report, measure: Measure, cell: Cell | undefined): Figure {
  if (!cell) return { kind: 'blank' };
  const marker = suppressedMarker(report);
  if (cell.suppressed) return { kind: 'suppressed', marker };
  if (cell.value === null) return { kind: 'blank' };
  // Defence in depth: a published small count that reached us unflagged is still not shown.
  const small = measure.kind === 'count' && cell.value > 0 && cell.value < report.threshold;
  if (report.view === 'published' && small) return { kind: 'suppressed', marker };
  return { kind: 'number', value: cell.value };
}

function laidRow(label: string, isTotal: boolean, current: Figure[], previous: Figure[]): LaidRow {
  const change = current.map((now, i): Figure => {
    const before = previous[i];
    if (now.kind !== 'number' || before?.kind !== 'number') return { kind: 'blank' };
    // Medians can be halves; rounding keeps 4.5 - 4.2 from printing as 0.2999999.
    return { kind: 'number', value: Math.round((now.value - before.value) * 100) / 100 };
  });
  return { label, isTotal, current, previous, change };
}
