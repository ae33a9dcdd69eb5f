/** What one statement's EXPLAIN (ANALYZE, FORMAT JSON) says it read. */
export interface ReadRows {
  sql: string;
  /** Rows the scans touched: returned plus removed by a filter or a recheck, times their loops. */
  rowsRead: number;
  /** Tables read by a sequential scan. */
  seqScans: string[];
  /** One line per scan, for the failure message. */
  scans: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

const heapScans = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

/**
 * Sums the scans of a plan. PostgreSQL reports rows per loop (removed ones too), so each is
 * multiplied by its loops; a bitmap's index part is left out, its heap part counted.
 */
export function readPlan(explained: unknown, sql: string): ReadRows {
  const root = (explained as { Plan: PlanNode }[] | undefined)?.[0]?.Plan;
  if (!root) throw new Error(`No plan for ${sql}`);
  const out: ReadRows = { sql, rowsRead: 0, seqScans: [], scans: [] };
  const visit = (node: PlanNode) => {
    if (heapScans.has(node['Node Type'])) {
      const loops = node['Actual Loops'] ?? 1;
      const perLoop =
        (node['Actual Rows'] ?? 0) +
        (node['Rows Removed by Filter'] ?? 0) +
        (node['Rows Removed by Index Recheck'] ?? 0);
      out.rowsRead += perLoop * loops;
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) out.seqScans.push(node['Relation Name']);
      out.scans.push(
        `${node['Node Type']} ${node['Relation Name'] ?? ''} ${node['Index Name'] ?? ''}: ${perLoop} x ${loops}`,
      );
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(root);
  return out;
}
