import type { ReportTable } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { layOutTable } from './lay-out-table.ts';
import { internalReport, publishedReport } from './report-fixture.ts';

describe('layOutTable', () => {
  it('shows exact small counts in the internal view', () => {
    const report = internalReport();
    const [female] = layOutTable(report, report.tables[0] as ReportTable).rows;
    expect(female?.current[1]).toEqual({ kind: 'number', value: 3 });
    expect(female?.change).toEqual([10, -5, 17, 22].map((value) => ({ kind: 'number', value })));
  });

  it('hides a small published count even when the engine left it unflagged', () => {
    const report = publishedReport();
    const table = report.tables[0];
    if (!table) throw new Error('no table');
    const cell = table.current.cells[2]?.[2];
    if (!cell) throw new Error('no cell');
    cell.value = 4;
    const layout = layOutTable(report, table);
    expect(layout.rows[2]?.current[2]).toEqual({ kind: 'suppressed', marker: 'x' });
    // Zero is not a small cell: it discloses no one.
    expect(layout.rows[2]?.current[1]).toEqual({ kind: 'number', value: 0 });
  });

  it('marks whether a table hides figures, and blanks a change next to a hidden figure', () => {
    const report = publishedReport();
    const layout = layOutTable(report, report.tables[0] as ReportTable);
    expect(layout.suppressed).toBe(true);
    expect(layout.rows[0]?.change.slice(0, 3).map((f) => f.kind)).toEqual(['number', 'blank', 'blank']);
    expect(layOutTable(internalReport(), internalReport().tables[0] as ReportTable).suppressed).toBe(false);
  });
});
