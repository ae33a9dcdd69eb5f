/**
 * The order a report starts its facts in: the costliest first, by how long each took the last
 * time this process computed it. The facts share a small pool of connections (one per core the
 * report may use); started in catalogue order, a costly fact that happens to come last runs alone
 * at the end while the other connections idle. Longest first keeps them busy until the end.
 * Unknown facts (a fresh process) keep their catalogue order, after the measured ones' ranks.
 */
const lastCostMs = new Map<string, number>();

/** The facts, costliest first as last measured; ties and unmeasured facts in the given order. */
export function orderFactsByCost<T>(facts: readonly T[], keyOf: (fact: T) => string): T[] {
  return facts
    .map((fact, index) => ({ fact, index, cost: lastCostMs.get(keyOf(fact)) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => b.cost - a.cost || a.index - b.index)
    .map((entry) => entry.fact);
}

/** Remembers how long a fact took: its statements' run time, the wait for a connection excluded. */
export function recordFactCost(fact: string, ms: number): void {
  lastCostMs.set(fact, ms);
}
