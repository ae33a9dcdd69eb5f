import { type CtdcSyntheticRow, ctdcSyntheticColumns } from './ctdc-synthetic-columns.ts';

/**
 * Format B as CSV (RFC 4180: CRLF, quotes only where needed): the header in the codebook's order,
 * then one line per row, missing as an empty cell. Our values come from fixed vocabularies, but a
 * cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is still prefixed with an
 * apostrophe, so an altered value can never execute on a reader's machine.
 */
export function renderCtdcSyntheticCsv(rows: readonly CtdcSyntheticRow[]): string {
  const lines = [ctdcSyntheticColumns.join(',')];
  for (const row of rows) lines.push(ctdcSyntheticColumns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
