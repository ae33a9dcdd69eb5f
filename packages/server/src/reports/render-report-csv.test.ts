import { statisticsLabels } from '@opennrm/core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFileName, renderTableCsv } from './render-report-csv.ts';
import { internalReport, publishedReport, sexAgeCurrent, sexAgePrevious } from './report-fixture.ts';

const sexAge = 'victims_identified.sex_age';
const median = 'decisions_due.median_days';
const { total, change, medianDays } = statisticsLabels('en').layout;

function read(csv: string): string[][] {
  return parse(csv, { bom: true });
}

describe('renderTableCsv', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    const csv = renderTableCsv(internalReport(), sexAge);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(1 + 4 + 1);
  });

  it('writes a 2-D table: both periods with totals, then the change of the row total', () => {
    const rows = read(renderTableCsv(internalReport(), sexAge));
    expect(rows[0]).toEqual([
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
    const female = [...(sexAgeCurrent[0] ?? []), 170, ...(sexAgePrevious[0] ?? []), 148, 170 - 148];
    expect(rows[1]).toEqual(['Female', ...female.map(String)]);
    expect(rows[4]).toEqual([total, '214', '17', '64', '295', '185', '20', '39', '244', '51']);
  });

  it('writes a 1-D median table from its row figures, halves included', () => {
    const rows = read(renderTableCsv(internalReport(), median));
    expect(rows).toEqual([
      ['Identifying body', `${medianDays} 2015`, `${medianDays} 2014`, change],
      ['State body', '12.5', '14', '-1.5'],
      ['NGO', '61', '22', '39'],
      [total, '18', '16', '2'],
    ]);
  });

  it('shows suppressed cells as the marker, never their number, and leaves their change blank', () => {
    for (const keepValues of [false, true]) {
      const report = publishedReport('en', keepValues);
      const rows = read(renderTableCsv(report, sexAge));
      expect(rows[1]).toEqual(['Female', '120', 'x', 'x', '170', '110', '8', '30', '148', '22']);
      expect(rows[2]?.slice(5, 9)).toEqual(['70', '12', 'x', '84']);
      expect(read(renderTableCsv(report, median))[2]).toEqual(['NGO', 'x', '22', '']);
      const all = renderTableCsv(report, sexAge) + renderTableCsv(report, median);
      expect(all).not.toMatch(/\b(47|61)\b/);
    }
  });

  it('keeps Azerbaijani and Russian letters intact', () => {
    expect(read(renderTableCsv(internalReport('az'), sexAge))[0]?.slice(0, 2)).toEqual([
      'Cinsiyyət',
      'Yetkin 2015',
    ]);
    expect(read(renderTableCsv(internalReport('az'), median))[0]?.[0]).toBe('Müəyyənləşdirən orqan');
    expect(read(renderTableCsv(internalReport('ru'), sexAge)).map((row) => row[0])).toEqual([
      'Пол',
      'Женщины',
      'Мужчины',
      'Неизвестно',
      statisticsLabels('ru').layout.total,
    ]);
  });

  it('neutralises text that a spreadsheet would run as a formula, and quotes what needs it', () => {
    const report = internalReport();
    const table = report.tables[0];
    if (!table) throw new Error('no table');
    const labels = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)', '\tTab', 'Commas, too'];
    table.rows = labels.slice(0, 3).map((label, i) => ({ code: `r${i}`, label }));
    table.rowDimension = { ...table.rowDimension, label: labels[3] ?? '' };
    table.columns = [
      { code: 'a', label: labels[4] ?? '' },
      { code: 'b', label: labels[5] ?? '' },
      { code: 'c', label: 'C' },
    ];
    const rows = read(renderTableCsv(report, table.key));
    expect(rows.map((row) => row[0])).toEqual([
      `'@SUM(A1)`,
      `'=HYPERLINK("http://x","y")`,
      `'+1+1`,
      `'-2`,
      total,
    ]);
    expect(rows[0]?.slice(1, 3)).toEqual([`'\tTab 2015`, 'Commas, too 2015']);
    // Numbers, negative ones too, stay numbers.
    expect(read(renderTableCsv(internalReport(), median))[1]?.[3]).toBe('-1.5');
  });

  it('refuses a table the report does not have', () => {
    expect(() => renderTableCsv(internalReport(), 'referrals_sent.median_days')).toThrow(/not found/i);
  });
});

describe('csvFileName', () => {
  it('names the period, table and view with file-system-safe characters', () => {
    expect(csvFileName(publishedReport(), sexAge)).toBe(
      'opennrm-2015-victims_identified.sex_age-published.csv',
    );
    const report = internalReport();
    report.period = { ...report.period, label: '2015-01-01 – 2015-06-30 (inclusive)' };
    expect(csvFileName(report, median)).toBe(
      'opennrm-2015-01-01-2015-06-30-inclusive-decisions_due.median_days-internal.csv',
    );
  });
});
