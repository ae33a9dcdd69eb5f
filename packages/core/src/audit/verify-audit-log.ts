import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { recordAudit } from './record-audit.ts';
import { type ChainReport, verifyAuditChain } from './verify-audit-chain.ts';

/** An auditor checks the whole chain; the check itself is recorded (after it, so it is not counted). */
export async function verifyAuditLog(ctx: Ctx): Promise<ChainReport> {
  authorize(ctx.actor, 'audit_log', 'verify');
  const report = await verifyAuditChain(ctx.store.audit);
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'audit.verified',
    entityType: 'audit_log',
    details: { ok: report.ok, checked: report.checked, problem: report.problem },
  });
  return report;
}
