import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { caseVisibilityOf } from '../policy/case-access-policy.ts';
import { forbidden } from '../support/errors.ts';
import type { CaseFilter } from './criminal-case.ts';
import type { CasePage } from './prosecution-ports.ts';

/**
 * The cases the actor may read, filtered and paged in the store (a list never holds a case the
 * policy would refuse). Complicity cases in the page are audited as read: their very existence
 * is what the compartment protects.
 */
export async function listCriminalCases(
  ctx: Ctx,
  filter: CaseFilter,
  page: { limit: number; offset: number },
): Promise<CasePage> {
  const visibility = caseVisibilityOf(ctx.actor);
  if (!visibility) throw forbidden();
  const result = await ctx.store.prosecution.listCases(visibility, filter, page);
  const compartmented = result.cases.filter((c) => c.complicity).map((c) => c.id);
  if (compartmented.length > 0)
    await recordAudit(ctx, ctx.actor, ctx.request, {
      action: 'criminal_case.listed',
      entityType: 'criminal_case',
      details: { complicityCaseIds: compartmented },
    });
  return result;
}
