import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, notFound } from '../support/errors.ts';
import { anonymiseOnePerson } from './anonymise-person.ts';

/** The lawful grounds an erasure request is answered on (GDPR art. 17(1), as codes). */
export const erasureBases = [
  'no_longer_necessary',
  'consent_withdrawn',
  'objection',
  'unlawful_processing',
  'legal_obligation',
] as const;
export type ErasureBasis = (typeof erasureBases)[number];

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
  personId: string,
  input: ErasureInput,
): Promise<{ erasedAt: string }> {
  authorize(ctx.actor, 'data_subject_request', 'create');
  const person = await ctx.store.persons.get(personId);
  if (!person) throw notFound('person');
  const done = await anonymiseOnePerson(ctx, ctx.actor, ctx.request, personId, {
    reason: 'erasure',
    details: { legalBasis: input.legalBasis, requestReference: input.requestReference },
  });
  if (!done) throw conflict('The person was anonymised before: nothing identifies them any more.');
  return { erasedAt: ctx.clock.now().toISOString() };
}
