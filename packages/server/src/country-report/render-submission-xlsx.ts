import type { FilledSubmissionForPeriod } from '@opennrm/core';
import ExcelJS from 'exceljs';

/** What a figure's cell shows when it has no number: hidden, a missing table, or no records. */
function blankReason(cell: FilledSubmissionForPeriod['cells'][number]): string {
  if (cell.suppressed) return 'not shown (confidentiality)';
  if (cell.missing.length > 0) return `not available: ${cell.missing.join(', ')} not in the report`;
  return 'no records';
}

/**
 * A filled questionnaire as a workbook: "Answers" (the body's sections and questions with the
 * figures, ready to copy into the body's own form), "Definitions" (for each answer, the
 * statistics it reads: table, row, column, definition), "Not filled" (what the records cannot
 * answer and why), "About" (body, period, what the words mean). The questionnaires are in English.
 */
export async function renderSubmissionXlsx(filled: FilledSubmissionForPeriod): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenNRM';
  workbook.title = `${filled.template.title} ${filled.period.label}`;

  const answers = workbook.addWorksheet('Answers', { views: [{ state: 'frozen', ySplit: 3 }] });
  answers.getCell(1, 1).value = `${filled.template.title}, ${filled.period.label}`;
  answers.getCell(1, 1).font = { bold: true, size: 14 };
  answers.getRow(3).values = ['Section', 'Question', 'Period', 'Figure', 'Key'];
  answers.getRow(3).font = { bold: true };
  filled.cells.forEach((cell, i) => {
    const period = cell.period === 'current' ? filled.period.label : filled.previousPeriod.label;
    answers.getRow(4 + i).values = [
      cell.section,
      cell.label,
      period,
      cell.value ?? blankReason(cell),
      cell.key,
    ];
  });
  answers.getColumn(1).width = 34;
  answers.getColumn(2).width = 70;
  answers.getColumn(3).width = 14;
  answers.getColumn(4).width = 16;
  answers.getColumn(5).width = 30;

  const definitions = workbook.addWorksheet('Definitions');
  definitions.getRow(1).values = [
    'Key',
    'Question',
    'Table',
    'Row',
    'Column',
    'Value',
    'Table title',
    'Definition',
  ];
  definitions.getRow(1).font = { bold: true };
  let row = 2;
  for (const cell of filled.cells) {
    for (const source of cell.sources) {
      definitions.getRow(row).values = [
        cell.key,
        cell.label,
        source.ref.table,
        source.ref.row ?? 'total',
        source.ref.column ?? 'total',
        source.value ?? '',
        source.title,
        source.definition,
      ];
      definitions.getCell(row, 8).alignment = { wrapText: true, vertical: 'top' };
      row += 1;
    }
  }
  for (const [i, width] of [28, 50, 36, 18, 18, 10, 40, 90].entries())
    definitions.getColumn(i + 1).width = width;

  const unfilled = workbook.addWorksheet('Not filled');
  unfilled.getRow(1).values = ['Section', 'Question', 'Why it is not filled', 'Key'];
  unfilled.getRow(1).font = { bold: true };
  filled.template.unfilled.forEach((question, i) => {
    unfilled.getRow(2 + i).values = [question.section, question.label, question.reason, question.key];
  });
  for (const [i, width] of [28, 60, 80, 26].entries()) unfilled.getColumn(i + 1).width = width;

  const about = workbook.addWorksheet('About');
  const facts: [string, string][] = [
    ['Questionnaire', filled.template.title],
    ['Asked by', filled.template.body],
    ['Period', `${filled.period.from} to ${filled.period.to} (exclusive)`],
    ['Previous period', `${filled.previousPeriod.from} to ${filled.previousPeriod.to} (exclusive)`],
  ];
  facts.forEach(([label, value], i) => {
    about.getRow(1 + i).values = [label, value];
    about.getCell(1 + i, 1).font = { bold: true };
  });
  filled.template.notes.forEach((note, i) => {
    about.getCell(2 + facts.length + i, 2).value = note;
  });
  about.getColumn(1).width = 20;
  about.getColumn(2).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
