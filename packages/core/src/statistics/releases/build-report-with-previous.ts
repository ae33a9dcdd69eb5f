import type { Ctx } from '../../context.ts';
import { authorize } from '../../policy/authorize.ts';
import { invalid } from '../../support/errors.ts';
import { buildAnnualReport, type ReportInput } from '../build-annual-report.ts';
import { draftNarrative } from '../narrative/index.ts';
import type { Cell, Report, ReportTable, TableFigures } from '../report-model.ts';
import { listCellRevisions } from './list-cell-revisions.ts';
import { readReleasedReport } from './read-released-report.ts';
import type { CellRevision } from './release-model.ts';
import { releaseSeriesKey } from './release-series.ts';

/** Where the previous-year column comes from: today's records, or the period's latest release. */
export type PreviousFigures = 'current' | 'published';

export interface PreviousAsPublished {
  /** The release the column was taken from; null when the previous period was never released. */
  release: { id: string; number: number; publishedAt: Date; sha256: string } | null;
  /** Cells of the previous period whose published figure today differs from the release's. */
  revisions: CellRevision[];
}

const blank: Cell = { value: null, suppressed: false };

/** A release's cell as the report carries it: a hidden one never keeps a value. */
function releasedCell(cell: Cell | undefined): Cell {
  if (!cell) return blank;
  return cell.suppressed ? { value: null, suppressed: true } : { value: cell.value, suppressed: false };
}

/** The release's figures laid out on today's rows and columns (matched by code). */
function releasedFigures(today: ReportTable, released: ReportTable | undefined): TableFigures {
  if (!released) {
    return {
      period: today.previous.period,
      cells: today.rows.map(() => today.columns.map(() => blank)),
      rowTotals: today.rows.map(() => blank),
      columnTotals: today.columns.map(() => blank),
      total: blank,
    };
  }
  const f = released.current;
  const rowAt = new Map(released.rows.map((r, i) => [r.code, i]));
  const columnAt = new Map(released.columns.map((c, j) => [c.code, j]));
  const at = (code: string, map: Map<string, number>) => map.get(code) ?? -1;
  return {
    period: f.period,
    cells: today.rows.map((r) =>
      today.columns.map((c) => releasedCell(f.cells[at(r.code, rowAt)]?.[at(c.code, columnAt)])),
    ),
    rowTotals: today.rows.map((r) => releasedCell(f.rowTotals[at(r.code, rowAt)])),
    columnTotals: today.columns.map((c) => releasedCell(f.columnTotals[at(c.code, columnAt)])),
    total: releasedCell(f.total),
  };
}

/**
 * The report, with the previous-year column either as the records stand now (the default) or
 * as it was published: the previous period's latest national release. Then the report also
 * lists the revisions between that release and today's published figures for the period, with
 * the no-leak rule of every revision list, and the narrative is drafted from the columns shown.
 * Only the national published view has releases to compare with.
 */
export async function buildReportWithPrevious(
  ctx: Ctx,
  input: ReportInput & { previous?: PreviousFigures | undefined },
): Promise<{ report: Report; previousAsPublished?: PreviousAsPublished }> {
  const { previous, ...rest } = input;
  if (previous !== 'published') return { report: await buildAnnualReport(ctx, rest) };
  authorize(ctx.actor, 'statistics_release', 'read');
  if (rest.view !== 'published') {
    throw invalid('The previous year as published goes with the published view.', {
      fields: { previous: 'invalid' },
    });
  }
  const report = await buildAnnualReport(ctx, rest);
  if (report.scope.kind !== 'national') {
    throw invalid('Only national figures are released.', { fields: { previous: 'invalid' } });
  }
  const release = await ctx.store.statisticsReleases.latest(
    releaseSeriesKey(report.source, report.previousPeriod),
  );
  if (!release) return { report, previousAsPublished: { release: null, revisions: [] } };
  const released = await readReleasedReport(ctx.store, release, report.locale);
  const revisions = listCellRevisions(released, report, [
    { before: 'current', after: 'previous', period: 'previous' },
  ]);
  const tables = report.tables.map((t) => ({
    ...t,
    previous: releasedFigures(
      t,
      released.tables.find((r) => r.key === t.key),
    ),
  }));
  const { narrative: _n, ...base } = report;
  const shown = { ...base, tables };
  return {
    report: { ...shown, narrative: draftNarrative(shown) },
    previousAsPublished: {
      release: {
        id: release.id,
        number: release.number,
        publishedAt: release.publishedAt,
        sha256: release.sha256,
      },
      revisions,
    },
  };
}
