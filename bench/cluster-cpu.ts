import { readFileSync } from 'node:fs';

/**
 * CPU time, which a shared machine's load moves far less than wall time (bench/RESULTS.md):
 * this process's, and that of the PostgreSQL backends serving the bench's database (read from
 * /proc; Linux, the cluster on this machine; other databases' sessions of a shared cluster are
 * left out). A backend that exits during a run takes its time with it, so each counts from its
 * own first reading, and none below zero.
 */
export interface CpuMeter {
  /** Starts a run: this process's and the backends' counters now. */
  start(): Promise<() => Promise<{ nodeMs: number; postgresMs: number }>>;
}

/** User and system CPU of a process in ms (10 ms ticks), or null when it is gone. */
function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The backends' CPU now, pid to ms. */
function backendsNow(pids: readonly number[]): Map<number, number> {
  const seen = new Map<number, number>();
  for (const pid of pids) {
    const cpu = cpuOf(pid);
    if (cpu !== null) seen.set(pid, cpu);
  }
  return seen;
}

/**
 * A meter for this process and, given how to list the database's backends (`select pid from
 * pg_stat_activity where datname = current_database()`), those backends; without it (PGlite, in
 * this process) PostgreSQL reads zero.
 */
export function cpuMeter(backends: (() => Promise<number[]>) | null): CpuMeter {
  return {
    async start() {
      const before = backends ? backendsNow(await backends()) : new Map<number, number>();
      const node = process.cpuUsage();
      return async () => {
        const used = process.cpuUsage(node);
        let postgresMs = 0;
        if (backends)
          for (const [pid, cpu] of backendsNow(await backends()))
            postgresMs += Math.max(0, cpu - (before.get(pid) ?? 0));
        return { nodeMs: (used.user + used.system) / 1000, postgresMs };
      };
    },
  };
}
