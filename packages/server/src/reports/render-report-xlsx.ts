import type { Report } from '@opennrm/core';
import { statisticsLabels } from '@opennrm/core';
import ExcelJS from 'exceljs';
import { describeReport } from './describe-report.ts';
import { layOutTable, suppressedMarker } from './lay-out-table.ts';
import { nameSheets } from './name-sheets.ts';
import { reportFileWords } from './report-file-words.ts';
import { writeTableSheet } from './write-table-sheet.ts';

/**
 * The report as a workbook: "About" (what, when, whose records, what suppression means), the
 * narrative, then one sheet per table (current period, previous period, change, definition).
 */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const words = reportFileWords(report.locale);
  const description = describeReport(report);
  const workbook = new ExcelJS.Workbook();
  // Only words in the properties: a published file keeps no figure outside its cells.
  workbook.creator = 'OpenNRM';
  workbook.title = `${description.title} ${report.period.label}`;
  const generated = new Date(report.generatedAt);
  if (!Number.isNaN(generated.getTime())) workbook.created = workbook.modified = generated;

  const about = workbook.addWorksheet(words.about);
  about.getCell(1, 1).value = `${description.title} ${report.period.label}`;
  about.getCell(1, 1).font = { bold: true, size: 14 };
  description.facts.forEach(([label, value], i) => {
    about.getRow(3 + i).values = [label, value];
    about.getCell(3 + i, 1).font = { bold: true };
  });
  const notes = [description.suppression, description.attribution].filter((text) => text !== null);
  notes.forEach((text, i) => {
    const cell = about.getCell(4 + description.facts.length + i, 1);
    cell.value = text;
  });
  about.getColumn(1).width = 26;
  about.getColumn(2).width = 70;

  const summary = workbook.addWorksheet(words.summary);
  summary.getColumn(1).width = 110;
  report.narrative.forEach((paragraph, i) => {
    const cell = summary.getCell(1 + i, 1);
    cell.value = paragraph.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    summary.getRow(1 + i).height = 15 * Math.max(1, Math.ceil(paragraph.text.length / 105));
  });

  const layout = statisticsLabels(report.locale).layout;
  const names = nameSheets(
    report.tables.map((table) => table.title),
    [words.about, words.summary],
  );
  report.tables.forEach((table, i) => {
    writeTableSheet(workbook, names[i] ?? table.key, layOutTable(report, table), {
      definition: words.definition,
      suppressedNote: layout.suppressedNote,
      marker: suppressedMarker(report),
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
