import { operatorActor, operatorRequest, personIndexKeys, recordAudit } from '@opennrm/core';
import { indexPersonNames } from '@opennrm/db';
import { withRuntime } from '../runtime/open-runtime.ts';
import { createProgress } from '../runtime/progress.ts';

/**
 * `opennrm persons index-names`: gives persons registered before the name search (issue 21)
 * their name keys. The keys are keyed hashes of the name, which is sealed: computing them needs
 * the sealing keys and the lookup key, which only the installation holds, hence a command the
 * operator runs once after upgrading (safe to run again; it adds only what is missing) rather
 * than a migration. Audited with the counts, never a name.
 */
export async function personsIndexNamesCommand(): Promise<void> {
  await withRuntime(async ({ db, deps }) => {
    console.log('Computing the name keys of every person from the sealed names…');
    const progress = createProgress('persons');
    const result = await indexPersonNames(
      db,
      (person) => personIndexKeys(deps, person),
      (n) => progress.update(n),
    );
    progress.done();
    await recordAudit(deps, operatorActor(), operatorRequest('opennrm persons index-names'), {
      action: 'person.names_indexed',
      entityType: 'person',
      details: { scanned: result.scanned, keysAdded: result.added },
    });
    console.log(`Done: ${result.scanned} persons read, ${result.added} name keys added.`);
  });
}
