import type { Ctx } from '../context.ts';
import type { PersonAccessFacts } from '../policy/person-access-facts.ts';
import { authorizeOnPerson } from '../policy/person-access-policy.ts';
import type { PersonAction } from '../policy/person-access-rules.ts';
import type { Store } from '../ports.ts';
import { notFound } from '../support/errors.ts';
import type { Person } from './person.ts';

export interface PersonInReach {
  person: Person;
  /** What the policy decided on: use it for every further question about this record. */
  facts: PersonAccessFacts;
}

/**
 * Loads a person with its access facts and asks the one record-level policy whether the actor
 * may do `action` (core/src/policy/person-access-rules.ts). An organisation with no link gets
 * 403 and never sees anything of the record.
 */
export async function loadPersonFor(
  ctx: Ctx,
  id: string,
  action: PersonAction,
  store: Store = ctx.store,
): Promise<PersonInReach> {
  const person = await store.persons.get(id);
  const facts = person && (await store.persons.accessFacts(id));
  if (!person || !facts) throw notFound('The person');
  authorizeOnPerson(ctx.actor, action, facts);
  return { person, facts };
}

/** The AAD binding a sealed person field to its person. */
export function personFieldAad(field: string, personId: string): string {
  return `person.${field}.${personId}`;
}
