import { describe, expect, it } from 'vitest';
import { isMedian, tables } from '../statistics/catalogue.ts';
import { dimensionValues } from '../statistics/dimensions.ts';
import { submissionTemplates } from './submission-templates.ts';

const cases = submissionTemplates.flatMap((template) =>
  template.cells.map((cell) => ({ template: template.key, cell })),
);

describe('submission templates', () => {
  it.each(cases)('$template $cell.key reads existing tables and dimension values', ({ cell }) => {
    expect(cell.refs.length).toBeGreaterThan(0);
    for (const ref of cell.refs) {
      const table = tables.find((t) => t.key === ref.table);
      expect(table, ref.table).toBeDefined();
      if (ref.row !== null) expect(dimensionValues[table!.rows], ref.row).toContain(ref.row);
      if (ref.column !== null) {
        expect(table!.columns, `${ref.table} has no columns`).not.toBeNull();
        expect(dimensionValues[table!.columns!], ref.column).toContain(ref.column);
      }
    }
    // A median is one figure; counts and sums add up only in one measure.
    const measures = new Set(
      cell.refs.map((ref) => JSON.stringify(tables.find((t) => t.key === ref.table)!.measure)),
    );
    expect(measures.size).toBe(1);
    if (cell.refs.some((ref) => isMedian(tables.find((t) => t.key === ref.table)!.measure))) {
      expect(cell.refs).toHaveLength(1);
    }
  });

  it('names each question once per template and says why each unanswered one is', () => {
    for (const template of submissionTemplates) {
      const keys = [...template.cells.map((c) => c.key), ...template.unfilled.map((u) => u.key)];
      expect(new Set(keys).size, template.key).toBe(keys.length);
      for (const question of template.unfilled) expect(question.reason.length).toBeGreaterThan(20);
    }
  });
});
