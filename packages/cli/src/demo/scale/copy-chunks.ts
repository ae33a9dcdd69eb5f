import type { ScaleTarget } from './generate-scale-country.ts';
import type { PersonBundle } from './person-bundle.ts';
import {
  caseVictimRows,
  criminalCaseRows,
  defendantRows,
  defendantStageRows,
  measureRows,
} from './prosecution-rows.ts';
import {
  cooperationRows,
  permitRows,
  protectionServiceRows,
  returnRows,
  stayRows,
} from './protection-rows.ts';
import {
  consentRows,
  decisionRows,
  exploitationRows,
  personRows,
  referralRows,
  screeningRows,
  type TableRows,
} from './scale-rows.ts';

/**
 * Copies chunk after chunk of generated persons. Persons go first (the other tables reference
 * them), referrals after consents (they name them). On PostgreSQL the tables of one chunk load
 * side by side on separate connections, and the next chunk's persons load meanwhile, so the
 * server's cores all work; PGlite runs one statement at a time, so there it goes in sequence.
 * At most two chunks are held at once.
 */
export async function copyChunks(
  target: ScaleTarget,
  chunks: Iterable<PersonBundle[]>,
  onChunk: (persons: number) => void,
  sideBySide = target.kind === 'postgres',
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const copy = async (table: TableRows, bundles: readonly PersonBundle[]) => {
    const n = await target.copyInto(table.table, table.columns, rowsOf(table, bundles));
    counts[table.table] = (counts[table.table] ?? 0) + n;
  };
  const records = async (bundles: readonly PersonBundle[]) => {
    const parts = [
      screeningRows,
      decisionRows,
      exploitationRows,
      consentRows,
      protectionServiceRows,
      cooperationRows,
      stayRows,
      permitRows,
      returnRows,
    ];
    // Cases, then their defendants, then what references either, beside the other tables.
    const prosecution = async () => {
      await copy(criminalCaseRows, bundles);
      await copy(defendantRows, bundles);
      for (const t of [defendantStageRows, caseVictimRows, measureRows]) await copy(t, bundles);
    };
    if (sideBySide) await Promise.all([...parts.map((t) => copy(t, bundles)), prosecution()]);
    else {
      for (const t of parts) await copy(t, bundles);
      await prosecution();
    }
    await copy(referralRows, bundles);
    onChunk(bundles.length);
  };
  let previous: Promise<void> = Promise.resolve();
  for (const bundles of chunks) {
    if (sideBySide) {
      await Promise.all([copy(personRows, bundles), previous]);
      previous = records(bundles);
      // Surfaces a failure at the next await, not as an unhandled rejection meanwhile.
      previous.catch(() => {});
    } else {
      await copy(personRows, bundles);
      await records(bundles);
    }
  }
  await previous;
  return counts;
}

function* rowsOf(table: TableRows, bundles: readonly PersonBundle[]): Generator<readonly unknown[]> {
  for (const bundle of bundles) yield* table.rows(bundle);
}
