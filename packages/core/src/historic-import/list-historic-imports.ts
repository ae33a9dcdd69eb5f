import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { HistoricImportRun } from './historic-import-ports.ts';

/** The runs that wrote records, newest first (dry runs and refusals are in the audit trail). */
export async function listHistoricImports(ctx: Ctx): Promise<HistoricImportRun[]> {
  authorize(ctx.actor, 'historic_import', 'read');
  return ctx.store.historicImports.listRuns(100);
}
