import { type Model, solve } from 'yalps';
import type { LinkedFigure, LinkedSystem } from './linked-figures.ts';

/**
 * The published figures to hide next so that a small hidden figure gets its protection interval
 * (classical incremental cell suppression, as statistical offices' tools do it).
 *
 * We look for a direction d over the figures that keeps every equation (A d = 0) with d = 1 on
 * the target: moving the figures by +threshold x d and by -value x d then gives two tables that
 * publish the same, one where the target is value + threshold and one where it is 0. Both must
 * stay at or above zero, so a figure that falls on the upward move (d < 0) must be at least the
 * threshold and one that falls on the downward move (d > 0) at least the target's value. Zeros
 * can never move. Among such directions we take the one that hides the least: hidden figures
 * are free, published ones cost their size, margins more, the grand total most (a report that
 * hides the national total to protect one cell says nothing).
 */
export function protectionCells(
  system: LinkedSystem,
  hidden: readonly boolean[],
  target: number,
  threshold: number,
  integral: boolean,
): number[] | null {
  const value = system.figures[target]!.value;
  const constraints = new Map<string, { equal?: number; max?: number }>();
  const variables = new Map<string, Map<string, number>>();
  system.equations.forEach((equation, e) => {
    const own = equation.find(([f]) => f === target)?.[1] ?? 0;
    constraints.set(`e${e}`, { equal: -own });
  });
  const termsOf = new Map<number, [string, number][]>();
  system.equations.forEach((equation, e) => {
    for (const [f, coefficient] of equation) {
      termsOf.set(f, [...(termsOf.get(f) ?? []), [`e${e}`, coefficient]]);
    }
  });
  system.figures.forEach((figure, f) => {
    if (f === target || figure.value <= 0) return;
    const cost = hidden[f] ? 0 : costOf(figure);
    const up = new Map<string, number>([['cost', cost]]);
    const down = new Map<string, number>([['cost', cost]]);
    for (const [equation, coefficient] of termsOf.get(f) ?? []) {
      up.set(equation, coefficient);
      down.set(equation, -coefficient);
    }
    // Rises by d x threshold, falls by d x value on the downward move: d <= figure / value.
    up.set(`cap+${f}`, 1);
    constraints.set(`cap+${f}`, { max: figure.value / value });
    down.set(`cap-${f}`, 1);
    constraints.set(`cap-${f}`, { max: figure.value / threshold });
    variables.set(`+${f}`, up);
    variables.set(`-${f}`, down);
  });
  const model: Model = {
    direction: 'minimize',
    objective: 'cost',
    constraints,
    variables,
    integers: integral,
  };
  const solution = solve(model, { timeout: 2_000, maxIterations: 20_000 });
  if (
    solution.status !== 'optimal' &&
    !(solution.status === 'timedout' && Number.isFinite(solution.result))
  ) {
    return null;
  }
  const chosen = new Set<number>();
  for (const [name, amount] of solution.variables) {
    const f = Number(name.slice(1));
    if (amount > 1e-9 && !hidden[f]) chosen.add(f);
  }
  return [...chosen];
}

function costOf(figure: LinkedFigure): number {
  switch (figure.kind) {
    case 'cell':
      return figure.value + 1;
    case 'margin':
      return 20 * (figure.value + 1);
    case 'total':
      return 1_000_000;
  }
}
