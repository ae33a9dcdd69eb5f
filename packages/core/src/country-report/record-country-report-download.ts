import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Period } from '../statistics/report-model.ts';

/**
 * A country-report file leaving the system is audited like the annual report's: who took which
 * document of which period, in which format and language. Exact national figures go to foreign
 * bodies in these files; no figure goes into the event.
 */
export async function recordCountryReportDownload(
  ctx: Ctx,
  what: { document: string; period: Period; format: 'xlsx' | 'docx' | 'pdf'; locale?: string | undefined },
): Promise<void> {
  await recordAudit({ store: ctx.store, clock: ctx.clock }, ctx.actor, ctx.request, {
    action: 'country_report.downloaded',
    entityType: 'country_report',
    entityId: what.period.label,
    details: {
      document: what.document,
      format: what.format,
      period: { from: what.period.from, to: what.period.to },
      ...(what.locale ? { locale: what.locale } : {}),
    },
  });
}
