import { readFileSync } from 'node:fs';
import { connect, migrate } from '@opennrm/db';

/**
 * Smoke mode of the benches (`--smoke` or BENCH_SMOKE=1): the same code path at a tiny size, on
 * PGlite, in seconds. Its figures mean nothing; it exists so that a bench that no longer runs
 * fails `npm test` (bench/benches.int.test.ts) instead of rotting until someone measures again.
 */
export const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';

/** The command line's positional arguments, without `--smoke` or any other `--flag`. */
export const benchArgs: readonly string[] = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** The size a bench runs at: the command line's, else the smoke size or the full default. */
export function sizeArg(index: number, full: number, smokeSize: number): number {
  const given = benchArgs[index];
  return given === undefined ? (smoke ? smokeSize : full) : Number(given);
}

/**
 * A migrated PGlite data directory to start from instead of an empty one, when BENCH_PGLITE_TEMPLATE
 * names one (a `dumpDataDir()` tarball: the int tests pass their own template). Spares each
 * database the several seconds of PGlite's initdb; `migrate` then has nothing to do.
 */
export function pgliteTemplate(): { loadDataDir?: Blob } {
  const path = process.env.BENCH_PGLITE_TEMPLATE;
  return path ? { loadDataDir: new Blob([readFileSync(path)]) } : {};
}

/**
 * Fills an empty data directory from the template (when there is one), for a bench that opens it
 * the way `opennrm serve` does and so cannot be handed the template itself.
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const template = pgliteTemplate();
  if (!template.loadDataDir) return;
  const seeded = await connect({ dataDir, ...template });
  // A query first: PGlite closed before its loaded data directory was ever used leaves the
  // process unable to exit.
  await migrate(seeded.db);
  await seeded.close();
}
