import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, notFound } from '../support/errors.ts';
import { anonymiseOnePerson } from './anonymise-person.ts';
import type { ErasureBasis } from './retention-vocabulary.ts';

export interface ErasureInput {
  legalBasis: ErasureBasis;
  /** The request's reference in the data protection officer's register (a code, not a name). */
  requestReference: string;
}

/**
 * Erases a person on a lawful request: what identifies them is destroyed at once, exactly as
 * retention does, and the statistics keep their counts (deleting the rows would change figures
 * already published). Refused while a hold applies (a case not finally judged, a stay not
 * ended, a legal hold): a hostile insider cannot destroy evidence a court still needs.
 */
export async function erasePerson(
  ctx: Ctx,
  code: string,
  input: ErasureInput,
): Promise<{ personId: string; erasedAt: string }> {
  authorize(ctx.actor, 'data_subject_request', 'create');
  const personId = await ctx.store.retention.personIdByCode(code);
  if (!personId) throw notFound('person');
  const done = await anonymiseOnePerson(ctx, ctx.actor, ctx.request, personId, {
    reason: 'erasure',
    details: { legalBasis: input.legalBasis, requestReference: input.requestReference },
  });
  if (!done) throw conflict('The person was anonymised before: nothing identifies them any more.');
  return { personId, erasedAt: ctx.clock.now().toISOString() };
}
