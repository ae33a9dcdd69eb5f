/**
 * Small-cell suppression for one table with its margins, so that no hidden figure can be
 * recomputed from what is published.
 *
 * The table is taken with its totals as an extended (r+1) x (c+1) grid: the last column holds
 * the row totals, the last row the column totals, the corner the grand total. Every row and every
 * column of that grid is one linear equation (parts sum to the total), and every figure sits in
 * exactly one row equation and one column equation. So the hidden figures are the edges of a
 * bipartite graph whose nodes are the equations, and a hidden figure can be solved for exactly
 * when its edge is a bridge (lies on no cycle). Hidden figures are never zero, so along a cycle
 * every one of them can move by one either way: none is determined. A one-dimensional table (one
 * equation) only needs two hidden figures, never one.
 */
export type Grid = number[][];

/** Marks (true) the figures to hide: primary (0 < value < threshold), forced, and secondary. */
export function protectGrid(
  grid: Grid,
  threshold: number,
  forced: readonly (readonly [number, number])[] = [],
): boolean[][] {
  const hidden = grid.map((row) => row.map((value) => value > 0 && value < threshold));
  for (const [r, c] of forced) if (hidden[r]) hidden[r][c] = true;
  if (grid.length === 0) return hidden;
  for (;;) {
    const bridge = findBridge(grid, hidden);
    if (!bridge) return hidden;
    const path = cheapestBypass(grid, hidden, bridge);
    if (path.length === 0) {
      // Nothing can hide this figure among others: hide the whole grid rather than publish it.
      return grid.map((row) => row.map(() => true));
    }
    for (const [r, c] of path) hidden[r]![c] = true;
  }
}

/** A one-equation table: parts and their total (last entry). */
export function protectLine(
  values: readonly number[],
  threshold: number,
  forced: readonly number[] = [],
): boolean[] {
  const hidden = values.map((value) => value > 0 && value < threshold);
  for (const index of forced) hidden[index] = true;
  if (hidden.filter(Boolean).length !== 1) return hidden;
  // Hide the smallest other non-zero figure, a part before the total.
  const last = values.length - 1;
  const candidates = values
    .map((value, index) => ({ value, index }))
    .filter(({ value, index }) => !hidden[index] && value > 0)
    .sort((a, b) => Number(a.index === last) - Number(b.index === last) || a.value - b.value);
  const best = candidates[0]?.index ?? -1;
  if (best >= 0) hidden[best] = true;
  return hidden;
}

type Edge = readonly [number, number];

/** Nodes: rows 0..R-1, then columns R..R+C-1. A hidden cell (r, c) links r and R + c. */
function findBridge(grid: Grid, hidden: boolean[][]): Edge | null {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const edges: Edge[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (hidden[r]![c]) edges.push([r, c]);
  for (const edge of edges) {
    if (!connectedWithout(rows, edges, edge)) return edge;
  }
  return null;
}

function connectedWithout(rows: number, edges: readonly Edge[], skip: Edge): boolean {
  const start = skip[0];
  const target = rows + skip[1];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (node === target) return true;
    for (const edge of edges) {
      if (edge === skip) continue;
      const a = edge[0];
      const b = rows + edge[1];
      const next = node === a ? b : node === b ? a : -1;
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/**
 * The cells to hide next so the bridge lies on a cycle: the cheapest path between its two ends
 * that avoids the bridge itself, where hidden cells cost nothing and published ones cost their
 * value (hiding small figures loses the least). Zero cells are a last resort.
 */
function cheapestBypass(grid: Grid, hidden: boolean[][], bridge: Edge): Edge[] {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const nodes = rows + columns;
  const cost = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Array<Edge | null>(nodes).fill(null);
  const done = new Array<boolean>(nodes).fill(false);
  const start = bridge[0];
  const target = rows + bridge[1];
  cost[start] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++)
      if (!done[n] && cost[n]! < (node < 0 ? Number.POSITIVE_INFINITY : cost[node]!)) node = n;
    if (node < 0 || node === target) break;
    done[node] = true;
    const neighbours: [Edge, number][] =
      node < rows
        ? Array.from({ length: columns }, (_, c) => [[node, c] as const, rows + c])
        : Array.from({ length: rows }, (_, r) => [[r, node - rows] as const, r]);
    for (const [edge, next] of neighbours) {
      if (edge[0] === bridge[0] && edge[1] === bridge[1]) continue;
      const value = grid[edge[0]]![edge[1]]!;
      const step = hidden[edge[0]]![edge[1]] ? 0 : value === 0 ? 1e9 : value;
      if (cost[node]! + step < cost[next]!) {
        cost[next] = cost[node]! + step;
        via[next] = edge;
      }
    }
  }
  if (!Number.isFinite(cost[target]!)) return [];
  const path: Edge[] = [];
  for (let node = target; node !== start; ) {
    const edge = via[node]!;
    if (!hidden[edge[0]]![edge[1]]) path.push(edge);
    node = node === edge[0] ? rows + edge[1] : edge[0];
  }
  return path;
}
