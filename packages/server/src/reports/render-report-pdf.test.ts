import type { Report, ReportTable } from '@opennrm/core';
import { statisticsLabels } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { allText, readPdfText } from './read-pdf-text.ts';
import { renderReportPdf } from './render-report-pdf.ts';
import { ctdcReport, internalReport, publishedReport } from './report-fixture.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('renderReportPdf', () => {
  it('is an A4 document with the title block, summary, every table title and "page N of M"', async () => {
    const pdf = await readPdfText(await renderReportPdf(internalReport()));
    const [first] = pdf.pages;
    expect([Math.round(first?.width ?? 0), Math.round(first?.height ?? 0)]).toEqual([595, 842]);
    const start = flat(first?.lines.join(' ') ?? '');
    for (const text of [
      'Annual report on trafficking in human beings',
      '2015',
      'Compared with: 2014',
      'Internal: exact figures',
      'Scope: National',
      'Generated at: 2016-02-03 09:30 UTC',
    ]) {
      expect(start).toContain(text);
    }
    const text = flat(allText(pdf));
    expect(text).toContain('In 2015, 295 victims were identified, compared with 244 in 2014.');
    for (const table of internalReport().tables) {
      expect(text).toContain(table.title);
      expect(text).toContain(flat(table.definition));
    }
    pdf.pages.forEach((page, i) => {
      expect(page.lines).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
    });
    expect(pdf.info.Title).toBe('Annual report on trafficking in human beings 2015');
  });

  it('prints each row for the current and previous period and the change, totals included', async () => {
    const lines = (await readPdfText(await renderReportPdf(internalReport()))).pages.flatMap(
      (page) => page.lines,
    );
    const { total, change, medianDays } = statisticsLabels('en').layout;
    const at = lines.indexOf('Female 2015 120 3 47 170');
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 3)).toEqual(['2014 110 8 30 148', `${change} +10 -5 +17 +22`]);
    expect(lines).toContain(`Sex Adult Child Unknown ${total}`);
    expect(lines).toContain(`${total} 2015 214 17 64 295`);
    expect(lines).toContain(`Identifying body ${medianDays}`);
    expect(lines).toContain('State body 2015 12.5');
  });

  it('never prints a suppressed value, in the tables or the metadata', async () => {
    const pdf = await readPdfText(await renderReportPdf(publishedReport('en', true)));
    const lines = pdf.pages.flatMap((page) => page.lines);
    expect(lines).toContain('Female 2015 120 x x 170');
    expect(lines).toContain('2014 70 12 x 84');
    expect(lines).toContain('NGO 2015 x');
    expect(allText(pdf)).not.toMatch(/\b(47|61)\b/);
    expect(JSON.stringify(pdf.info)).not.toMatch(/\b(47|61)\b/);
    expect(flat(allText(pdf))).toContain(`x — ${statisticsLabels('en').layout.suppressedNote}`);
  });

  it('writes Azerbaijani and Russian letters that read back as the same letters', async () => {
    const az = flat(allText(await readPdfText(await renderReportPdf(publishedReport('az')))));
    for (const text of [
      'İnsan alveri üzrə illik hesabat',
      'Əsas qərara qədər günlərin medianı',
      'Müəyyənləşdirən orqan',
      'Qadın',
      'Uşaq',
      'Səhifə 1 /',
    ]) {
      expect(az).toContain(text);
    }
    const ru = flat(allText(await readPdfText(await renderReportPdf(internalReport('ru')))));
    for (const text of [
      'Ежегодный отчёт о торговле людьми',
      'Выявленные жертвы по полу и возрастной группе',
      'Государственный орган',
      'Страница 1 из',
    ]) {
      expect(ru).toContain(text);
    }
  });

  it('credits CTDC when the report runs over a CTDC dataset', async () => {
    const text = flat(allText(await readPdfText(await renderReportPdf(ctdcReport()))));
    expect(text).toContain(
      'Data: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset 2023.',
    );
  });

  it('repeats the header row on every page a long table continues on', async () => {
    const report = longTableReport(90);
    const pdf = await readPdfText(await renderReportPdf(report));
    const pagesWithRows = pdf.pages.filter((page) =>
      page.lines.some((line) => /^Region \d+ 2015/.test(line)),
    );
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const page of pagesWithRows)
      expect(page.lines).toContain(`Region ${statisticsLabels('en').layout.count}`);
    const printed = pdf.pages.flatMap((page) => page.lines).filter((line) => /^Region \d+ 2015/.test(line));
    expect(printed).toHaveLength(90);
  });

  it('turns a page to landscape for a table too wide for portrait, and back after it', async () => {
    const report = internalReport();
    const wide = wideTable(14);
    report.tables = [wide, ...report.tables];
    const pdf = await readPdfText(await renderReportPdf(report));
    const page = pdf.pages.find((p) => p.lines.some((line) => line.startsWith('Only row 2015')));
    expect(page && page.width > page.height).toBe(true);
    expect(page?.lines.some((line) => line.includes('C1') && line.includes('C13'))).toBe(true);
    // A heading word wider than its column is turned to read upwards, whole.
    expect(flat(page?.lines.join(' ') ?? '')).toContain('Labour inspectorate');
    const last = pdf.pages.find((p) => p.lines.some((line) => line.startsWith('NGO 2015')));
    expect(last && last.height > last.width).toBe(true);
  });
});

function longTableReport(rows: number): Report {
  const report = internalReport();
  const base = report.tables[1] as ReportTable;
  const figures = (label: string) => ({
    period: { from: label, to: label, label },
    cells: Array.from({ length: rows }, () => []),
    rowTotals: Array.from({ length: rows }, (_, i) => ({ value: i + 10, suppressed: false })),
    columnTotals: [],
    total: { value: 1000, suppressed: false },
  });
  report.tables = [
    {
      ...base,
      measure: { kind: 'count' },
      measureLabel: statisticsLabels('en').layout.count,
      title: 'Long table',
      rowDimension: { code: 'identifying_body', label: 'Region' },
      rows: Array.from({ length: rows }, (_, i) => ({ code: `r${i}`, label: `Region ${i + 1}` })),
      current: figures('2015'),
      previous: figures('2014'),
    },
  ];
  return report;
}

function wideTable(columns: number): ReportTable {
  const base = internalReport().tables[0] as ReportTable;
  const cell = { value: 9, suppressed: false };
  const figures = (label: string) => ({
    period: { from: label, to: label, label },
    cells: [Array.from({ length: columns }, () => cell)],
    rowTotals: [{ value: 9 * columns, suppressed: false }],
    columnTotals: Array.from({ length: columns }, () => cell),
    total: { value: 9 * columns, suppressed: false },
  });
  return {
    ...base,
    key: 'wide',
    title: 'Wide table',
    rows: [{ code: 'only', label: 'Only row' }],
    columns: Array.from({ length: columns }, (_, i) => ({
      code: `c${i}`,
      label: i === columns - 1 ? 'Labour inspectorate' : `C${i + 1}`,
    })),
    current: figures('2015'),
    previous: figures('2014'),
  };
}
