import { type CtdcColumn, ctdcColumns, globalOnlyNames, syntheticOnlyNames } from './ctdc-columns.ts';
import type { CtdcFormat } from './ctdc-record.ts';

/** How the cells of each row map onto a record, decided once from the header. */
export interface CtdcHeader {
  format: CtdcFormat;
  /** Rows must have exactly this many cells. */
  width: number;
  columns: { index: number; name: string; column: CtdcColumn }[];
  /** Header as written -> what it fills (`gender`, `means:threats`...), for the import report. */
  mapped: Record<string, string>;
  /** Header cells we do not read (extra columns, unused CTDC columns, the index column). */
  ignored: string[];
}

export type CtdcHeaderResult = { ok: true; header: CtdcHeader } | { ok: false; message: string };

const termsOfUse = /terms|by using|licen[cs]e|agree/i;

function describeColumn(column: CtdcColumn): string {
  return 'field' in column ? column.field : `${column.list}:${column.code}`;
}

/**
 * Reads a CTDC header: format A's first cell is a terms-of-use sentence over an index column,
 * tolerant variants add columns of their own. Names match case-insensitively; the format is A
 * when any A-only column (or the terms sentence) is there, B when any B-only column is, and A for
 * files with only the shared columns (values are read tolerantly either way).
 */
export function detectCtdcFormat(cells: readonly string[]): CtdcHeaderResult {
  const columns: CtdcHeader['columns'] = [];
  const mapped: Record<string, string> = {};
  const ignored: string[] = [];
  const seen = new Set<string>();
  let globalHints = 0;
  let syntheticHints = 0;
  cells.forEach((raw, index) => {
    const name = raw.trim();
    const key = name.toLowerCase();
    const column = ctdcColumns.get(key);
    if (index === 0 && !column && (name === '' || termsOfUse.test(name))) {
      if (name !== '') globalHints++;
      ignored.push(name === '' ? '(unnamed index column)' : '(terms-of-use index column)');
      return;
    }
    if (globalOnlyNames.has(key)) globalHints++;
    if (syntheticOnlyNames.has(key)) syntheticHints++;
    if (!column || seen.has(key)) {
      ignored.push(name === '' ? `(unnamed column ${index + 1})` : name);
      return;
    }
    seen.add(key);
    columns.push({ index, name, column });
    mapped[name] = describeColumn(column);
  });
  if (!seen.has('yearofregistration')) {
    return {
      ok: false,
      message:
        'This is not a CTDC file: its header has no yearOfRegistration column (expected the CTDC Global Dataset or Global Synthetic Dataset).',
    };
  }
  const format: CtdcFormat =
    globalHints > 0 || syntheticHints === 0 ? 'ctdc-global-k-anonymised' : 'ctdc-global-synthetic';
  return { ok: true, header: { format, width: cells.length, columns, mapped, ignored } };
}
