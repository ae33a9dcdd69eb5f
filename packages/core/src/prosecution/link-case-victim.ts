import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import type { CaseVictim } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import type { CaseVictimRole, ProtectionMeasure } from './prosecution-vocabulary.ts';

export interface CaseVictimInput {
  personId: string;
  role: CaseVictimRole;
  testified: boolean;
  protectionMeasures: ProtectionMeasure[];
}

/**
 * Links a victim to a case, or changes their part in it (linking again updates). The actor must
 * read the person under the person's own policy; the link gives nobody any
 * access to the person: whoever reads the case sees the victim's record only if they could anyway.
 */
export async function linkCaseVictim(ctx: Ctx, caseId: string, input: CaseVictimInput): Promise<CaseVictim> {
  await loadCaseFor(ctx, caseId, 'update');
  await loadPersonFor(ctx, input.personId, 'read');
  const victim: CaseVictim = {
    caseId,
    personId: input.personId,
    role: input.role,
    testified: input.testified,
    protectionMeasures: [...new Set(input.protectionMeasures)],
    linkedAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.prosecution.linkVictim(victim);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.victim_linked',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { personId: input.personId, role: input.role, testified: input.testified },
    });
  });
  return victim;
}
