import { createHash } from 'node:crypto';
import type { ImportSheet } from '@opennrm/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseCsvText } from './parse-csv-text.ts';

/** The file cannot be read at all (not a workbook, a CSV or a zip of CSVs). */
export class ImportFileError extends Error {}

export interface ImportFile {
  sheets: ImportSheet[];
  sha256: string;
}

/** One CSV file as one sheet: its name without `.csv`, row numbers as a spreadsheet shows them. */
export function csvSheet(fileName: string, text: string): ImportSheet {
  const [header = [], ...rows] = parseCsvText(text);
  const headers = header.map((h) => h.trim());
  return {
    name: (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.csv$/i, ''),
    headers,
    rows: rows.map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])),
    })),
  };
}

/**
 * Reads an upload: `.xlsx` or `.xlsm` (every sheet; IOM's multi-select HTCDS template is an
 * `.xlsm`, its macros are never run), `.csv` (one sheet), or `.zip` of CSV files.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm'))
      return { sha256, sheets: await readWorkbook(bytes) };
    if (lower.endsWith('.csv'))
      return { sha256, sheets: [csvSheet(fileName, new TextDecoder().decode(bytes))] };
    if (lower.endsWith('.zip')) {
      const zip = await JSZip.loadAsync(bytes);
      const files = Object.values(zip.files).filter(
        (f) => !f.dir && /\.csv$/i.test(f.name) && !f.name.includes('__MACOSX'),
      );
      if (files.length === 0) throw new ImportFileError('The zip file holds no CSV file.');
      const sheets = await Promise.all(files.map(async (f) => csvSheet(f.name, await f.async('string'))));
      return { sha256, sheets };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      `The file could not be read as ${lower.split('.').pop()}: ${(error as Error).message}`,
    );
  }
  throw new ImportFileError('Upload an .xlsx or .xlsm workbook, a .csv file or a .zip of CSV files.');
}

async function readWorkbook(bytes: Uint8Array): Promise<ImportSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.worksheets.map((sheet) => {
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = cellText(cell.value).trim();
    });
    // A filled column without a header is named by its place, so its cells are not lost unseen
    // (IOM's HTCDS templates leave one column's hidden name empty).
    for (let col = 1; col <= sheet.columnCount; col++)
      if (
        !headers[col - 1] &&
        sheet.getColumn(col).values.some((v, row) => row > 1 && cellText(v as ExcelJS.CellValue) !== '')
      )
        headers[col - 1] = `(column ${col})`;
    const rows: ImportSheet['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => {
        if (h) cells[h] = cellText(row.getCell(i + 1).value);
      });
      rows.push({ row: number, cells });
    });
    return { name: sheet.name, headers: headers.filter(Boolean), rows };
  });
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
