import { factOf } from '../catalogue.ts';
import type { Cell, ReportTable, TableFigures } from '../report-model.ts';
import { attackerRange, isProtected } from './attacker-range.ts';
import { cellAt, type LinkedSystem, linkFigures, type PeriodSide } from './linked-figures.ts';
import { protectionCells } from './protection-cells.ts';

/**
 * The published view of count tables. Small figures (1 to threshold - 1) are hidden, and enough
 * others that, for an attacker who reads every table of the fact at once (shared margins,
 * equations, whole non-negative numbers), each small figure could be anything from 0 to at
 * least its value plus the threshold. Every hidden figure carries the same mark, small or not,
 * so the mark says nothing about its size.
 *
 * Each period is protected on its own data only, so a year's pattern is the same whether it is
 * the report's year or the previous-year column of the next report. Tables of different facts
 * share no figure. Median tables are hidden where their counts are known (assemble-table).
 */
export function suppressReport(tables: readonly ReportTable[], threshold: number): ReportTable[] {
  const result = tables.map((table) => ({ ...table }));
  const byFact = new Map<string, ReportTable[]>();
  for (const table of result) {
    if (table.measure.kind !== 'count') continue;
    // Activities, trainings and plan items are no one's data: published exact.
    if (factOf(table.fact)?.aboutPersons === false) continue;
    byFact.set(table.fact, [...(byFact.get(table.fact) ?? []), table]);
  }
  for (const period of ['current', 'previous'] as const) {
    for (const group of byFact.values()) protectFact(group, period, threshold);
  }
  return result;
}

/** The hidden mask of one fact's figures in one period. */
export function chooseHidden(system: LinkedSystem, threshold: number): boolean[] {
  const hidden = system.figures.map((f) => f.value > 0 && f.value < threshold);
  const small = hidden.flatMap((isSmall, index) => (isSmall ? [index] : []));
  // Smallest first: their protection is the hardest, and what it hides often protects the rest.
  small.sort((a, b) => system.figures[a]!.value - system.figures[b]!.value);
  for (const target of small) {
    const value = system.figures[target]!.value;
    for (const integral of [false, true]) {
      if (isProtected(attackerRange(system, hidden, target), value, threshold)) break;
      const more = protectionCells(system, hidden, target, threshold, integral);
      for (const f of more ?? []) hidden[f] = true;
    }
    if (!isProtected(attackerRange(system, hidden, target), value, threshold)) {
      // No combination found: hide every non-zero figure of the fact rather than publish it.
      system.figures.forEach((f, index) => {
        if (f.value > 0) hidden[index] = true;
      });
    }
  }
  return hidden;
}

function protectFact(group: ReportTable[], period: PeriodSide, threshold: number): void {
  const system = linkFigures(group, period);
  const hidden = chooseHidden(system, threshold);
  const copies = group.map((table) => copyFigures(table[period]));
  system.figures.forEach((figure, f) => {
    if (!hidden[f]) return;
    for (const place of figure.places) {
      const cell: Cell = cellAt(copies[place.table]!, place);
      cell.value = null;
      cell.suppressed = true;
    }
  });
  group.forEach((table, t) => {
    table[period] = copies[t]!;
  });
}

function copyFigures(figures: TableFigures): TableFigures {
  const copy = (cell: Cell): Cell => ({ ...cell });
  return {
    ...figures,
    cells: figures.cells.map((row) => row.map(copy)),
    rowTotals: figures.rowTotals.map(copy),
    columnTotals: figures.columnTotals.map(copy),
    total: copy(figures.total),
  };
}
