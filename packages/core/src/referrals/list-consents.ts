import type { Ctx } from '../context.ts';
import { loadPersonFor, personRecordRef } from '../identification/person-access.ts';
import { authorize } from '../policy/authorize.ts';
import type { Consent } from './referral.ts';

/** The person's consents, withdrawn ones included, for those who refer them. */
export async function listConsents(ctx: Ctx, personId: string): Promise<Consent[]> {
  const person = await loadPersonFor(ctx, personId, 'person', 'read');
  authorize(ctx.actor, 'referral', 'read', await personRecordRef(ctx.store, person));
  return ctx.store.consents.listForPerson(person.id);
}
