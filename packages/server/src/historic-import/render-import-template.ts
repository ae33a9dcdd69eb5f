import type { ImportTemplate } from '@opennrm/core';
import ExcelJS from 'exceljs';

const bom = '\uFEFF';

/** A CSV field; text a spreadsheet would run as a formula (an organisation named "=...") is neutralised. */
function field(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}

const csv = (rows: string[][]) => bom + rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');

/** `persons.csv`: the header of a record sheet; `sexes.csv`: a code list (code, label). */
export function renderImportTemplateCsv(template: ImportTemplate, fileName: string): string | null {
  const name = fileName.replace(/\.csv$/, '');
  const sheet = template.sheets.find((s) => s.name === name);
  if (sheet) return csv([sheet.columns.map((c) => c.name)]);
  const list = template.codeLists.find((l) => l.key === name);
  return list ? csv([['code', 'label'], ...list.entries.map((e) => [e.code, e.label])]) : null;
}

/**
 * The template workbook: "about" (how to fill it in), one sheet per record type whose header
 * cells carry the column's description as a note (required ones in bold), a drop-down on each
 * single-code column, then each code list on its own sheet. The importer ignores "about" and
 * the code list sheets, so the filled-in workbook is uploaded as it is.
 */
export async function renderImportTemplateXlsx(template: ImportTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenNRM';
  const about = workbook.addWorksheet('about');
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 100;
  const lines: [string, string][] = [
    ['OpenNRM historic import', ''],
    [
      '',
      'One sheet per record type. Row 1 is the header; each further row is one record. Bold columns are required.',
    ],
    [
      '',
      'source_id is your own id of the record; rows name other rows by it (person_source_id). A re-import of the same row changes nothing.',
    ],
    [
      '',
      'Dates are YYYY-MM-DD: the day it happened. Several codes in one cell are separated by ";". Codes are on the code list sheets.',
    ],
    [
      '',
      'Upload the workbook to check it first: every error is listed by sheet, row and column, and nothing is written until no row has one.',
    ],
    ['', ''],
    ...template.sheets.map((s): [string, string] => [s.name, s.description]),
  ];
  lines.forEach((line, i) => {
    about.getRow(i + 1).values = line;
  });
  about.getCell(1, 1).font = { bold: true, size: 14 };
  for (const sheet of template.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.columns.forEach((column, i) => {
      const cell = ws.getCell(1, i + 1);
      cell.value = column.name;
      cell.font = { bold: column.required };
      cell.note = [
        column.description,
        column.codeList ? `Codes: sheet ${column.codeList}.` : '',
        column.example ? `Example: ${column.example}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      ws.getColumn(i + 1).width = Math.max(14, column.name.length + 4);
      const list = column.codeList ? template.codeLists.find((l) => l.key === column.codeList) : undefined;
      if (list && !column.multiple && list.entries.length > 0) {
        const letter = ws.getColumn(i + 1).letter;
        // exceljs has the range form at run time but not in its types.
        (
          ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
        ).dataValidations.add(`${letter}2:${letter}5000`, {
          type: 'list',
          allowBlank: true,
          formulae: [`${list.key}!$A$2:$A$${list.entries.length + 1}`],
        });
      }
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  for (const list of template.codeLists) {
    const ws = workbook.addWorksheet(list.key);
    ws.addRow(['code', 'label']);
    ws.getRow(1).font = { bold: true };
    for (const entry of list.entries) ws.addRow([entry.code, entry.label]);
    ws.getColumn(1).width = 34;
    ws.getColumn(2).width = 50;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
