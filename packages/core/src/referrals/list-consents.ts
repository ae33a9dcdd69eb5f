import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import type { Consent } from './referral.ts';

/** The person's consents, withdrawn ones included, for those who refer them. */
export async function listConsents(ctx: Ctx, personId: string): Promise<Consent[]> {
  const { person } = await loadPersonFor(ctx, personId, 'read_referrals');
  return ctx.store.consents.listForPerson(person.id);
}
