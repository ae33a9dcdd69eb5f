import { sentenceBandOfCode } from '../statistics/narrative/prosecution/sentence-band-words.ts';
import { readFigure } from '../statistics/narrative/read-figure.ts';
import type { ReportTable } from '../statistics/report-model.ts';
import type { StatisticRef, SubmissionTemplate, TemplateCell } from './submission-template.ts';

/**
 * A question answered: `value` the figure, or null when a cell behind it is hidden (published
 * view) or a median has no records; `missing` names the tables the report did not have.
 */
export interface FilledCell {
  key: string;
  section: string;
  label: string;
  period: 'current' | 'previous';
  value: number | null;
  suppressed: boolean;
  missing: string[];
  /** Where the figure comes from: the table's title and its definition, per ref. */
  sources: { ref: StatisticRef; title: string; definition: string; value: number | null }[];
}

export interface FilledSubmission {
  template: Pick<SubmissionTemplate, 'key' | 'title' | 'body' | 'notes' | 'unfilled'>;
  cells: FilledCell[];
}

/**
 * The band rows inside a prisonRange, or the reason there are none to trust: a configured band
 * straddling a bound of the range (the table cannot split it).
 */
function prisonRefs(
  range: NonNullable<TemplateCell['prisonRange']>,
  table: ReportTable | undefined,
): { refs: StatisticRef[]; straddled: string | null } {
  if (!table) return { refs: [{ table: range.table, row: null, column: null }], straddled: null };
  const end = range.toMonths ?? Number.POSITIVE_INFINITY;
  const refs: StatisticRef[] = [];
  for (const { code } of table.rows) {
    const band = sentenceBandOfCode(code);
    if (!band) continue;
    const bandEnd = band.toMonths ?? Number.POSITIVE_INFINITY;
    if (band.fromMonths >= range.fromMonths && bandEnd <= end)
      refs.push({ table: table.key, row: code, column: null });
    else if (band.fromMonths < end && bandEnd > range.fromMonths)
      return {
        refs: [],
        straddled: `${table.key} (the configured band ${code} crosses this question's bounds)`,
      };
  }
  return { refs, straddled: null };
}

function fillCell(cell: TemplateCell, tables: ReadonlyMap<string, ReportTable>): FilledCell {
  const period = cell.period ?? 'current';
  const missing: string[] = [];
  let refs = cell.refs;
  if (cell.prisonRange) {
    const found = prisonRefs(cell.prisonRange, tables.get(cell.prisonRange.table));
    if (found.straddled) missing.push(found.straddled);
    refs = found.refs;
  }
  const sources: FilledCell['sources'] = [];
  let value: number | null = 0;
  let suppressed = false;
  for (const ref of refs) {
    const table = tables.get(ref.table);
    if (!table) {
      missing.push(ref.table);
      continue;
    }
    // A row a sparse dimension dropped is zero in both years.
    const figure = readFigure(table, ref.row, ref.column, period);
    const part = figure ? figure.cell.value : 0;
    if (figure?.cell.suppressed) suppressed = true;
    sources.push({ ref, title: table.title, definition: table.definition, value: part });
    value = value === null || part === null ? null : value + part;
  }
  return {
    key: cell.key,
    section: cell.section,
    label: cell.label,
    period,
    value: missing.length > 0 || suppressed ? null : value,
    suppressed,
    missing,
    sources,
  };
}

/**
 * Fills a questionnaire from a built report: every figure is read from the report's own cells
 * (summed where the question groups several), so the submission says what the tables say.
 */
export function fillSubmissionTemplate(
  template: SubmissionTemplate,
  tables: readonly ReportTable[],
): FilledSubmission {
  const byKey = new Map(tables.map((table) => [table.key, table]));
  const { key, title, body, notes, unfilled } = template;
  return {
    template: { key, title, body, notes, unfilled },
    cells: template.cells.map((cell) => fillCell(cell, byKey)),
  };
}
