import type { Ctx } from '../context.ts';
import type { SourceDatasetSummary } from '../ctdc/dataset-store.ts';
import { holdsGrant } from '../policy/authorize.ts';
import { forbidden } from '../support/errors.ts';

/** Imported CTDC datasets: national roles may run the report over them (they hold no person data). */
export async function listSourceDatasets(ctx: Ctx): Promise<SourceDatasetSummary[]> {
  if (!holdsGrant(ctx.actor, 'statistics', 'read', ['aggregate', 'all'])) throw forbidden();
  return ctx.store.datasets.list();
}
