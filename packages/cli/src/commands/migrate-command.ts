import { withRuntime } from '../runtime/open-runtime.ts';

/** `opennrm migrate`: applies pending migrations and exits (openRuntime migrates). */
export async function migrateCommand(): Promise<void> {
  await withRuntime(async (runtime) => {
    console.log(`The ${runtime.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.`);
  });
}
