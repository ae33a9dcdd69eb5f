import type { Ctx } from '../context.ts';
import type { SourceDatasetSummary } from '../ctdc/dataset-store.ts';
import { scopeFor } from '../policy/authorize.ts';
import { forbidden } from '../support/errors.ts';

/** Imported CTDC datasets: national roles may run the report over them (they hold no person data). */
export async function listSourceDatasets(ctx: Ctx): Promise<SourceDatasetSummary[]> {
  const scope = scopeFor(ctx.actor, 'statistics', 'read');
  if (scope !== 'aggregate' && scope !== 'all') throw forbidden();
  return ctx.store.statistics.datasets();
}
