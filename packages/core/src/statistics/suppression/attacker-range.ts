import { type Model, solve } from 'yalps';
import type { LinkedSystem } from './linked-figures.ts';

/** The least and the most a hidden figure can be, as far as anyone reading the tables can tell. */
export interface Range {
  low: number;
  high: number;
}

/**
 * What an attacker learns of one hidden figure: every published figure, every equation of the
 * fact's tables, and that counts are whole numbers of at least zero, solved as an integer
 * programme (minimum and maximum of the figure). The hidden mark is the same for every hidden
 * figure, so nothing tells the attacker that a figure is small.
 *
 * A search cut short answers conservatively (a narrower range than the truth may be), so a
 * timeout can only cause more hiding, never less.
 */
export function attackerRange(system: LinkedSystem, hidden: readonly boolean[], target: number): Range {
  const constraints = new Map<string, { equal: number }>();
  const variables = new Map<string, Map<string, number>>();
  system.figures.forEach((_, f) => {
    if (hidden[f]) variables.set(String(f), new Map(f === target ? [['objective', 1]] : []));
  });
  system.equations.forEach((equation, e) => {
    let published = 0;
    let unknowns = 0;
    for (const [f, coefficient] of equation) {
      if (hidden[f]) {
        variables.get(String(f))!.set(`e${e}`, coefficient);
        unknowns++;
      } else published += coefficient * system.figures[f]!.value;
    }
    if (unknowns > 0) constraints.set(`e${e}`, { equal: -published });
  });
  const model = (direction: 'minimize' | 'maximize', integers: boolean): Model => ({
    direction,
    objective: 'objective',
    constraints,
    variables,
    integers,
  });
  const value = system.figures[target]!.value;
  // The linear relaxation first: where its optimum is already whole (usual for tables that add
  // up), it is the integer optimum; only otherwise is the slower integer search needed.
  const bound = (direction: 'minimize' | 'maximize'): number => {
    const relaxed = solve(model(direction, false));
    if (relaxed.status === 'unbounded') return Number.POSITIVE_INFINITY;
    if (
      relaxed.status === 'optimal' &&
      relaxed.variables.every(([, x]) => Math.abs(x - Math.round(x)) < 1e-7)
    ) {
      return Math.round(relaxed.result);
    }
    const exact = solve(model(direction, true), { timeout: 2_000, maxIterations: 20_000 });
    if (exact.status === 'optimal' || (exact.status === 'timedout' && Number.isFinite(exact.result))) {
      return exact.result;
    }
    return value;
  };
  return { low: bound('minimize'), high: bound('maximize') };
}

/** The protection rule: the range reaches from 0 to at least the value plus the threshold. */
export function isProtected(range: Range, value: number, threshold: number): boolean {
  return range.low <= 1e-6 && range.high >= value + threshold - 1e-6;
}
