import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../support/errors.ts';
import { defendantNameAad } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';

/** Unseals a defendant's name for a party to the case, audited like a victim's identity. */
export async function revealDefendantName(ctx: Ctx, caseId: string, defendantId: string): Promise<string> {
  await loadCaseFor(ctx, caseId, 'reveal_identity');
  const d = await ctx.store.prosecution.getDefendant(defendantId);
  if (!d || d.caseId !== caseId) throw notFound('The defendant');
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'criminal_case.defendant_revealed',
    entityType: 'criminal_case',
    entityId: caseId,
    details: { defendantId },
  });
  return ctx.sealer.unseal(d.nameSealed, defendantNameAad(defendantId));
}
