import type { BackupManifest } from './backup-file.ts';

/** Runs one SQL text and gives its rows: a pg client, or a Kysely connection, in a snapshot. */
export type RunQuery = (text: string) => Promise<Record<string, unknown>[]>;

export type SnapshotFacts = Pick<BackupManifest, 'counts' | 'audit' | 'schemaVersion'>;

/**
 * The row count of every table and the audit chain's head, read in the same snapshot as the
 * dump: a restore is then checked against what the backup holds, not what the database held a
 * moment before or after.
 */
export async function readSnapshotFacts(run: RunQuery): Promise<SnapshotFacts> {
  const tables = await run(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await run(`select count(*)::int as n from public."${String(name).replaceAll('"', '""')}"`);
    counts[String(name)] = Number(row?.n ?? 0);
  }
  const [head] = counts.audit_events
    ? await run('select seq::int as seq, hash from audit_events order by seq desc limit 1')
    : [];
  const [version] = counts.opennrm_migrations
    ? await run('select coalesce(max(version), 0)::int as v from opennrm_migrations')
    : [];
  return {
    counts,
    audit: { lastSeq: Number(head?.seq ?? 0), lastHash: (head?.hash as string | undefined) ?? null },
    schemaVersion: Number(version?.v ?? 0),
  };
}

/** The tables whose counts differ, as "table: backup n, restored m" lines (empty: identical). */
export function compareCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((name) => expected[name] !== actual[name])
    .map((name) => `${name}: backup ${expected[name] ?? 'none'}, restored ${actual[name] ?? 'none'}`);
}
