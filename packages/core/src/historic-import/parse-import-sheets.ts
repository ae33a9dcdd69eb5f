import { createHash } from 'node:crypto';
import type { CodeLists } from './code-lists.ts';
import type { ImportSheet, RowError } from './import-report.ts';
import type { RowValues, SheetDefinition } from './sheet-definition.ts';

/** A row that parsed: its values, its source id and the hash idempotency compares. */
export interface ParsedRow {
  row: number;
  sourceId: string;
  values: RowValues;
  hash: string;
  /** Whether any cell of this row failed to parse. */
  failed: boolean;
}

export interface ParsedSheet {
  definition: SheetDefinition;
  rows: ParsedRow[];
}

/** Sheets a workbook may carry that the importer reads nothing from. */
// `validation` holds the picklists of IOM's HTCDS templates.
const notesSheets = ['about', 'readme', 'instructions', 'validation'];

/**
 * Reads every sheet against its definition: unknown and missing columns, every cell's parser,
 * source ids unique within a sheet. Pure: nothing is looked up or written yet.
 */
export function parseImportSheets(
  definitions: readonly SheetDefinition[],
  sheets: readonly ImportSheet[],
  lists: CodeLists,
  errors: RowError[],
  notices: RowError[] = [],
): { parsed: ParsedSheet[]; ignored: string[] } {
  const ignored: string[] = [];
  const byName = new Map<string, ImportSheet>();
  for (const sheet of sheets) {
    const name = sheet.name.trim().toLowerCase();
    const recognised = definitions.find((d) => d.name === name || d.recognises?.(sheet.headers));
    if (recognised && !byName.has(recognised.name)) {
      byName.set(recognised.name, sheet);
      continue;
    }
    if (notesSheets.includes(name) || lists.lists.some((l) => l.key === name)) ignored.push(sheet.name);
    else
      errors.push({
        sheet: sheet.name,
        row: null,
        column: null,
        message: `Unknown sheet "${sheet.name}": the import reads ${definitions.map((d) => d.name).join(', ')}.`,
      });
  }
  const parsed: ParsedSheet[] = [];
  for (const definition of definitions) {
    const sheet = byName.get(definition.name);
    if (sheet)
      parsed.push({
        definition,
        rows: parseSheet(definition, definition.normalise?.(sheet) ?? sheet, lists, errors, notices),
      });
  }
  return { parsed, ignored };
}

function parseSheet(
  definition: SheetDefinition,
  sheet: ImportSheet,
  lists: CodeLists,
  errors: RowError[],
  notices: RowError[],
) {
  const known = new Set(definition.columns.map((c) => c.name));
  const headers = new Set(sheet.headers.map((h) => h.trim()).filter(Boolean));
  for (const header of headers) {
    if (!known.has(header) && !definition.ignoresOtherColumns)
      errors.push({ sheet: definition.name, row: 1, column: header, message: `Unknown column "${header}".` });
  }
  const missing = definition.columns.filter((c) => c.required && !headers.has(c.name));
  for (const column of missing)
    errors.push({
      sheet: definition.name,
      row: 1,
      column: column.name,
      message: `The required column ${column.name} is missing.`,
    });
  if (missing.length > 0) return [];
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const texts = definition.columns.map((c) => (cells[c.name] ?? '').trim());
    if (texts.every((t) => t === '') || definition.skipsRow?.(cells)) continue;
    const values: RowValues = {};
    let failed = false;
    definition.columns.forEach((column, i) => {
      const text = texts[i] as string;
      const fail = (message: string) => {
        failed = true;
        errors.push({ sheet: definition.name, row, column: column.name, message });
      };
      if (text === '') {
        if (column.required) fail(`${column.name} is required.`);
        return;
      }
      const outcome = column.parse(text, lists);
      if (outcome.ok) values[column.name] = outcome.value;
      else fail(outcome.message);
    });
    for (const notice of definition.noticesOf?.(cells) ?? [])
      notices.push({ sheet: definition.name, row, ...notice });
    const sourceId = definition.sourceIdOf
      ? definition.sourceIdOf(cells)
      : (texts[definition.columns.findIndex((c) => c.name === 'source_id')] ?? '');
    const earlier = seen.get(sourceId);
    if (sourceId && earlier !== undefined) {
      failed = true;
      errors.push({
        sheet: definition.name,
        row,
        column: 'source_id',
        message: `source_id "${sourceId}" is already used on row ${earlier}.`,
      });
    }
    seen.set(sourceId, row);
    // Filled cells only, by name: a column a later version adds leaves old rows' hashes as they were.
    const filled = definition.columns.flatMap((c, i) => (texts[i] ? [[c.name, texts[i]]] : []));
    const hash = createHash('sha256')
      .update(JSON.stringify([definition.name, filled]))
      .digest('hex');
    rows.push({ row, sourceId, values, hash, failed });
  }
  return rows;
}
