import type { Cell, Workbook } from 'exceljs';
import type { Figure, TableLayout } from './lay-out-table.ts';

export interface TableSheetWords {
  definition: string;
  /** What a suppressed cell means; the note on every suppressed cell and a line under the table. */
  suppressedNote: string;
  marker: string;
}

/**
 * One table on its own sheet: title, one header row (frozen with the row labels), a row per
 * value plus the total row, then the definition. Figures are numeric cells so they sum in
 * Excel; a suppressed figure is the marker text with a note that says why, never a value (not
 * in a hidden cell, a formula or the note).
 */
export function writeTableSheet(
  workbook: Workbook,
  name: string,
  layout: TableLayout,
  words: TableSheetWords,
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const headings = [
    layout.rowHeading,
    ...layout.columnHeadings.map((heading) => `${heading} ${layout.currentLabel}`),
    ...layout.columnHeadings.map((heading) => `${heading} ${layout.previousLabel}`),
    layout.changeLabel,
  ];
  const width = headings.length;
  sheet.getCell(1, 1).value = layout.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  header.values = headings;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  for (const [r, row] of layout.rows.entries()) {
    const excelRow = sheet.getRow(3 + r);
    excelRow.getCell(1).value = row.label;
    const figures = [...row.current, ...row.previous, row.change.at(-1) ?? { kind: 'blank' as const }];
    for (const [i, figure] of figures.entries()) writeFigure(excelRow.getCell(2 + i), figure, words);
    if (row.isTotal) {
      excelRow.font = { bold: true };
      for (let c = 1; c <= width; c++) excelRow.getCell(c).border = { top: { style: 'thin' } };
    }
  }
  let next = 3 + layout.rows.length + 1;
  next = writeParagraph(sheet, next, width, words.definition, layout.definition);
  if (layout.suppressed) {
    writeParagraph(sheet, next, width, words.marker, words.suppressedNote);
  }
  sheet.getColumn(1).width = clamp(
    Math.max(...layout.rows.map((row) => row.label.length), layout.rowHeading.length) + 2,
    14,
    45,
  );
  for (let c = 2; c <= width; c++)
    sheet.getColumn(c).width = clamp((headings[c - 1] ?? '').length + 2, 10, 20);
}

function writeFigure(cell: Cell, figure: Figure, words: TableSheetWords) {
  if (figure.kind === 'number') {
    cell.value = figure.value;
    return;
  }
  if (figure.kind === 'blank') return;
  cell.value = figure.marker;
  cell.alignment = { horizontal: 'right' };
  cell.note = words.suppressedNote;
}

/** A bold heading and a wrapped paragraph merged across the table's width; returns the next free row. */
function writeParagraph(
  sheet: ReturnType<Workbook['addWorksheet']>,
  row: number,
  width: number,
  heading: string,
  text: string,
) {
  sheet.getCell(row, 1).value = heading;
  sheet.getCell(row, 1).font = { bold: true };
  sheet.mergeCells(row + 1, 1, row + 1, Math.max(width, 4));
  const cell = sheet.getCell(row + 1, 1);
  cell.value = text;
  cell.alignment = { wrapText: true, vertical: 'top' };
  // Excel does not grow merged rows to fit wrapped text, so estimate the lines.
  sheet.getRow(row + 1).height = 15 * Math.max(1, Math.ceil(text.length / (12 * Math.max(width, 4))));
  return row + 3;
}

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}
