/**
 * An attacker's view, independent of how cells were chosen: which hidden figures of an extended
 * grid (parts, totals in the last row and column) follow from the published ones by the table's
 * equations. A hidden figure x_k is determined exactly when its unit vector lies in the row space
 * of the equations restricted to the hidden figures (rank test by Gaussian elimination).
 */
export function recoverableCells(hidden: readonly (readonly boolean[])[]): [number, number][] {
  const rows = hidden.length;
  const columns = hidden[0]?.length ?? 0;
  const unknowns: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (hidden[r]![c]) unknowns.push([r, c]);
  const equations: number[][] = [];
  // Row r: parts (c < last) minus total (last column) = 0; column c likewise.
  for (let r = 0; r < rows; r++) {
    equations.push(unknowns.map(([ur, uc]) => (ur !== r ? 0 : uc === columns - 1 ? -1 : 1)));
  }
  for (let c = 0; c < columns; c++) {
    equations.push(unknowns.map(([ur, uc]) => (uc !== c ? 0 : ur === rows - 1 ? -1 : 1)));
  }
  const base = rank(equations);
  return unknowns.filter((_, k) => {
    const unit = unknowns.map((__, j) => (j === k ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

/** The same for a one-equation table (parts, then the total). */
export function recoverableInLine(hidden: readonly boolean[]): number[] {
  const indices = hidden.flatMap((h, i) => (h ? [i] : []));
  return indices.length === 1 ? indices : [];
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = -1;
    for (let r = rank; r < m.length; r++) if (Math.abs(m[r]![col]!) > 1e-9) pivot = r;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const factor = m[r]![col]! / m[rank]![col]!;
      if (factor !== 0) for (let c = col; c < width; c++) m[r]![c]! -= factor * m[rank]![c]!;
    }
    rank++;
  }
  return rank;
}
