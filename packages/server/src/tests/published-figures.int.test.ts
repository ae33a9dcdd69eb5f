import type { Report, ReportTable, TableFigures } from '@opennrm/core';
import { attackPublishedReport } from '@opennrm/core/testing';
import { describeEachBackend, seedScenario, type TestDatabase } from '@opennrm/db/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readPdfText } from '../reports/read-pdf-text.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * What a ministry publishes, checked as its readers and an attacker would read it: every figure
 * of every published table, in the JSON, the workbook, each table's CSV and the PDF, is the
 * internal figure or the one mark; an integer-programming attack over everything published for
 * the year (both periods, every table) leaves each small hidden figure a range from 0 to at least
 * its value plus the threshold; the previous year's report hides that year exactly as this
 * report's previous-year column does; no hidden figure reaches the narrative.
 */
describeEachBackend('published figures in every format', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let headers: Record<string, string>;
  let published: Report;
  let internal: Report;
  const year = 2014;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const owners = ['ngo', 'police', 'shelter'] as const;
    await seedScenario(
      t.deps.store,
      owners.map((type) => t.organisations[type]),
      150,
      7,
    );
    headers = await t.signInAs('national_coordinator');
    published = await getJson(`/api/statistics/report?year=${year}&view=published`);
    internal = await getJson(`/api/statistics/report?year=${year}`);
  }, 180_000);
  afterAll(() => database?.close());

  async function getJson(path: string): Promise<Report> {
    const res = await t.request('GET', path, { headers });
    expect(res.status, path).toBe(200);
    return (await res.json()) as Report;
  }

  /** A table's figures as the files lay them out: a row per value (parts, total), then totals. */
  function expectedRows(table: ReportTable): string[][] {
    const text = (cell: { value: number | null; suppressed: boolean } | undefined) =>
      cell?.suppressed ? 'x' : cell?.value === null || cell === undefined ? '' : String(cell.value);
    const line = (f: TableFigures, r: number | null) =>
      table.columnDimension === null
        ? [text(r === null ? f.total : f.rowTotals[r])]
        : r === null
          ? [...f.columnTotals.map(text), text(f.total)]
          : [...f.cells[r]!.map(text), text(f.rowTotals[r])];
    return [...table.rows.map((_, r) => r), null].map((r) => [
      ...line(table.current, r),
      ...line(table.previous, r),
    ]);
  }

  it('publishes every figure as the internal one or the one mark, and every small one hidden', () => {
    let hidden = 0;
    for (const table of published.tables) {
      const exact = internal.tables.find((x) => x.key === table.key)!;
      for (const period of ['current', 'previous'] as const) {
        const all = (f: TableFigures) => [...f.cells.flat(), ...f.rowTotals, ...f.columnTotals, f.total];
        const truth = all(exact[period]);
        all(table[period]).forEach((cell, i) => {
          if (cell.suppressed) {
            hidden++;
            expect(cell.value).toBeNull();
          } else expect(cell.value, table.key).toBe(truth[i]!.value);
          const value = truth[i]!.value;
          if (table.measure.kind === 'count' && value !== null && value > 0 && value < published.threshold)
            expect(cell.suppressed, `${table.key} ${period} small figure`).toBe(true);
        });
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('leaves an attacker reading every published table a range from 0 to value + threshold', async () => {
    const findings = await attackPublishedReport(published.tables, internal.tables);
    const small = findings.filter((f) => f.value > 0 && f.value < published.threshold);
    expect(small.length).toBeGreaterThan(0);
    for (const f of small) {
      const where = `${f.table} ${f.period} ${f.row}/${f.column} = ${f.value}: ${f.low}..${f.high}`;
      expect(f.low, where).toBe(0);
      expect(f.high, where).toBeGreaterThanOrEqual(f.value + published.threshold);
    }
  }, 120_000);

  it('hides a year the same way as the report year and as the previous-year column', async () => {
    const before = await getJson(`/api/statistics/report?year=${year - 1}&view=published`);
    for (const table of published.tables) {
      expect(before.tables.find((x) => x.key === table.key)!.current, table.key).toEqual(table.previous);
    }
  });

  it('puts the same figures and marks in the workbook, each CSV and the PDF', async () => {
    const res = await t.request('GET', `/api/statistics/report.xlsx?year=${year}&view=published`, {
      headers,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const pdfRes = await t.request('GET', `/api/statistics/report.pdf?year=${year}&view=published`, {
      headers,
    });
    const pdfLines = (await readPdfText(Buffer.from(await pdfRes.arrayBuffer()))).pages.flatMap(
      (p) => p.lines,
    );
    for (const table of published.tables) {
      const expected = expectedRows(table);
      const csvRes = await t.request(
        'GET',
        `/api/statistics/report/tables/${table.key}?year=${year}&view=published`,
        { headers },
      );
      const csv = parse((await csvRes.text()).replace(/^\uFEFF/, '')) as string[][];
      expect(
        csv.slice(1).map((row) => row.slice(1, -1)),
        `${table.key} CSV`,
      ).toEqual(expected);
      const sheet = workbook.worksheets.find((s) => s.getCell(1, 1).value === table.title)!;
      expect(sheet, `${table.key} sheet`).toBeDefined();
      const sheetRows = expected.map((row, r) =>
        row.map((_, c) => {
          const value = sheet.getCell(3 + r, 2 + c).value;
          return value === null || value === undefined ? '' : String(value);
        }),
      );
      expect(sheetRows, `${table.key} XLSX`).toEqual(expected);
      // PDF: each row prints the current figures after the period, then the previous ones.
      const width = expected[0]!.length / 2;
      for (const row of expected) {
        for (const [label, figures] of [
          [published.period.label, row.slice(0, width)],
          [published.previousPeriod.label, row.slice(width)],
        ] as const) {
          const tail = [label, ...figures.filter((f) => f !== '')].join(' ');
          expect(
            pdfLines.some((l) => l === tail || l.endsWith(` ${tail}`)),
            `${table.key} PDF "${tail}"`,
          ).toBe(true);
        }
      }
    }
  });

  it('never puts a hidden figure in the narrative, and words every hidden one alike', () => {
    const hiddenFigures = published.narrative.flatMap((p) => p.figures).filter((f) => f.value === null);
    for (const figure of hiddenFigures) expect(figure.text).toBe('an undisclosed number');
    expect(published.narrative.map((p) => p.text).join(' ')).not.toMatch(/fewer than|<\s?\d/);
  });

  it('publishes the national level only', async () => {
    const ngo = t.organisations.ngo.id;
    const res = await t.request(
      'GET',
      `/api/statistics/report?year=${year}&view=published&scope=organisation&organisationId=${ngo}`,
      { headers },
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /Only national figures/,
    );
  });
});
