import type { Report } from '@opennrm/core';
import { type Figure, findReportTable, layOutTable } from './lay-out-table.ts';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark (az and ru letters). */
const bom = '\uFEFF';

/**
 * One table of the report as CSV: the row dimension, each column for the current period and
 * for the previous one (with their totals), then the change of the row total. Suppressed cells
 * are the marker ("<5"); the last row is the column totals.
 */
export function renderTableCsv(report: Report, tableKey: string): string {
  const layout = layOutTable(report, findReportTable(report, tableKey));
  const header = [
    layout.rowHeading,
    ...layout.columnHeadings.map((heading) => `${heading} ${layout.currentLabel}`),
    ...layout.columnHeadings.map((heading) => `${heading} ${layout.previousLabel}`),
    layout.changeLabel,
  ];
  const lines = [header.map(textField)];
  for (const row of layout.rows) {
    const change = row.change.at(-1) ?? { kind: 'blank' };
    lines.push([
      textField(row.label),
      ...row.current.map(figureField),
      ...row.previous.map(figureField),
      figureField(change),
    ]);
  }
  return bom + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** e.g. opennrm-2015-victims_identified.sex_age-published.csv (safe in any file system). */
export function csvFileName(report: Report, tableKey: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `opennrm-${safe(report.period.label)}-${safe(tableKey)}-${report.view}.csv`;
}

function figureField(figure: Figure): string {
  if (figure.kind === 'number') return String(figure.value);
  if (figure.kind === 'suppressed') return textField(figure.marker);
  return '';
}

/** A text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function textField(text: string): string {
  const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}
