import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import type { Clock, Store } from '../ports.ts';
import type { Report } from './report-model.ts';

/**
 * A report leaving the system as a file is audited: who took which period, view and scope, in
 * which format. Published files go to the TIP office, GRETA and the press; internal ones carry
 * exact small counts and must be traceable. No figure goes into the event. From `opennrm report`
 * the actor is the command line's operator, and the event says so (recordAudit).
 */
export async function recordReportDownload(
  ctx: { store: Store; clock: Clock; actor: Actor; request: RequestMeta | null },
  report: Report,
  format: 'xlsx' | 'pdf' | 'csv' | 'json',
  table?: string,
): Promise<void> {
  await recordAudit({ store: ctx.store, clock: ctx.clock }, ctx.actor, ctx.request, {
    action: 'statistics.report_downloaded',
    entityType: 'statistics',
    entityId: report.period.label,
    details: {
      format,
      ...(table ? { table } : {}),
      view: report.view,
      threshold: report.threshold,
      period: { from: report.period.from, to: report.period.to },
      scope: report.scope,
      source:
        report.source.kind === 'ctdc'
          ? { kind: 'ctdc', datasetId: report.source.datasetId }
          : { kind: 'national' },
      locale: report.locale,
    },
  });
}
