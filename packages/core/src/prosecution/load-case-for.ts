import type { Ctx } from '../context.ts';
import { authorizeOnCase } from '../policy/case-access-policy.ts';
import type { Store } from '../ports.ts';
import { notFound } from '../support/errors.ts';
import type { CriminalCase } from './criminal-case.ts';
import type { CaseRecordAction } from './prosecution-vocabulary.ts';

/**
 * A case the actor may act on (policy/case-access-policy.ts decides). A case the actor may not
 * read is "not found", whether it exists or not: the complicity compartment confirms nothing.
 */
export async function loadCaseFor(
  ctx: Ctx,
  id: string,
  action: CaseRecordAction = 'read',
  store: Store = ctx.store,
): Promise<CriminalCase> {
  const c = await store.prosecution.getCase(id);
  if (!c) throw notFound('The case');
  authorizeOnCase(ctx.actor, action, c);
  return c;
}
