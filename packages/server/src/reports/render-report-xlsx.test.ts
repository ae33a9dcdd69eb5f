import { statisticsLabels } from '@opennrm/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReportXlsx } from './render-report-xlsx.ts';
import {
  ctdcReport,
  internalReport,
  publishedReport,
  sexAgeCurrent,
  sexAgePrevious,
} from './report-fixture.ts';

async function open(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheetText(sheet: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) =>
      parts.push(String(cell.value ?? ''), JSON.stringify(cell.note ?? '')),
    );
  });
  return parts.join('\n');
}

describe('renderReportXlsx', () => {
  it('has an About sheet, the summary, and one sheet per table named after it', async () => {
    const workbook = await open(await renderReportXlsx(internalReport()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'Summary',
      'Victims identified by sex and a',
      'Median days from screening to d',
    ]);
    const about = sheetText(workbook.worksheets[0] as ExcelJS.Worksheet);
    for (const text of [
      'Annual report on trafficking in human beings 2015',
      'Period',
      '2014',
      'Internal',
      'National case records',
      '2016-02-03 09:30 UTC',
    ]) {
      expect(about).toContain(text);
    }
    expect(about).not.toContain('CTDC');
    expect(sheetText(workbook.getWorksheet('Summary') as ExcelJS.Worksheet)).toContain(
      '295 victims were identified',
    );
  });

  it('writes figures as numeric cells equal to the report, under a frozen header row', async () => {
    const workbook = await open(await renderReportXlsx(internalReport()));
    const sheet = workbook.worksheets[2] as ExcelJS.Worksheet;
    const { total, change } = statisticsLabels('en').layout;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Sex',
      'Adult 2015',
      'Child 2015',
      'Unknown 2015',
      `${total} 2015`,
      'Adult 2014',
      'Child 2014',
      'Unknown 2014',
      `${total} 2014`,
      change,
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    sexAgeCurrent.forEach((row, r) => {
      const previous = sexAgePrevious[r] ?? [];
      const figures = [...row, row.reduce((a, b) => a + b), ...previous, previous.reduce((a, b) => a + b)];
      for (const [c, value] of figures.entries()) expect(sheet.getCell(3 + r, 2 + c).value).toBe(value);
    });
    expect(sheet.getCell(6, 1).value).toBe(total);
    expect(sheet.getCell(6, 5).value).toBe(295);
    expect(sheet.getCell(6, 10).value).toBe(295 - 244);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(14);
    expect(sheetText(sheet)).toContain('persons identified as victims in the period');

    const median = workbook.worksheets[3] as ExcelJS.Worksheet;
    expect([median.getCell(3, 2).value, median.getCell(3, 3).value, median.getCell(3, 4).value]).toEqual([
      12.5, 14, -1.5,
    ]);
  });

  it('shows suppressed cells as the marker with a note, and no suppressed value anywhere in the file', async () => {
    const buffer = await renderReportXlsx(publishedReport('en', true));
    const workbook = await open(buffer);
    const sheet = workbook.worksheets[2] as ExcelJS.Worksheet;
    const note = statisticsLabels('en').layout.suppressedNote;
    for (const [row, column] of [
      [3, 3],
      [3, 4],
      [4, 8],
    ] as const) {
      expect(sheet.getCell(row, column).value).toBe('x');
      expect(sheet.getCell(row, column).note).toBe(note);
    }
    expect(sheet.getCell(3, 2).value).toBe(120);
    expect((workbook.worksheets[3] as ExcelJS.Worksheet).getCell(4, 2).value).toBe('x');
    // Every cell and note of every sheet, then the text of every part of the package (hidden
    // sheets, comments, shared strings, document properties).
    for (const each of workbook.worksheets) expect(sheetText(each)).not.toMatch(/\b(47|61)\b/);
    const zip = await JSZip.loadAsync(buffer);
    for (const [name, entry] of Object.entries(zip.files)) {
      const text = (await entry.async('string')).replace(/<[^>]*>/g, ' ');
      expect(text, name).not.toMatch(/\b(47|61)\b/);
    }
    expect(sheetText(workbook.worksheets[0] as ExcelJS.Worksheet)).toMatch(
      /“x”: not shown to protect confidentiality\. Figures above zero and below 5/,
    );
  });

  it('keeps Azerbaijani and Russian letters in sheet names and cells', async () => {
    const az = await open(await renderReportXlsx(internalReport('az')));
    expect(az.worksheets.map((sheet) => sheet.name)).toEqual([
      'Haqqında',
      'Xülasə',
      'Müəyyən edilmiş qurbanlar cins',
      'Əsas qərara qədər günlərin medi',
    ]);
    expect((az.worksheets[2] as ExcelJS.Worksheet).getCell(3, 1).value).toBe('Qadın');
    const ru = await open(await renderReportXlsx(publishedReport('ru')));
    expect(ru.worksheets[0]?.name).toBe('Об отчёте');
    expect((ru.worksheets[3] as ExcelJS.Worksheet).getCell(3, 1).value).toBe('Государственный орган');
    expect(sheetText(ru.worksheets[0] as ExcelJS.Worksheet)).toContain('Для публикации');
  });

  it('credits CTDC when the report runs over a CTDC dataset', async () => {
    const about = (await open(await renderReportXlsx(ctdcReport()))).worksheets[0] as ExcelJS.Worksheet;
    expect(sheetText(about)).toContain(
      'Data: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset 2023.',
    );
  });
});
