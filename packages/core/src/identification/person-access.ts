import type { Ctx } from '../context.ts';
import { authorize, type RecordRef } from '../policy/authorize.ts';
import type { Action, Resource } from '../policy/permissions.ts';
import type { Store } from '../ports.ts';
import { notFound } from '../support/errors.ts';
import type { Person } from './person.ts';

/** What the policy needs to decide on a person: the owner and the organisations it is shared with. */
export async function personRecordRef(
  store: Store,
  person: Person,
  purpose: 'record' | 'identity' = 'record',
): Promise<RecordRef> {
  // A referral without identity gives the record but not the identity (no consent, no child rule).
  const organisations =
    purpose === 'identity'
      ? await store.persons.organisationsWithIdentityAccess(person.id)
      : await store.persons.organisationsWithAccess(person.id);
  return { organisationId: person.organisationId, sharedWithOrganisationIds: organisations };
}

/**
 * Loads a person and checks the actor may act on it. An organisation with no link gets 403 (the
 * issue's rule: it cannot open the record), and never sees anything of it.
 */
export async function loadPersonFor(
  ctx: Ctx,
  id: string,
  resource: Resource,
  action: Action,
  store: Store = ctx.store,
): Promise<Person> {
  const person = await store.persons.get(id);
  if (!person) throw notFound('The person');
  authorize(ctx.actor, resource, action, await personRecordRef(store, person));
  return person;
}

/** The AAD binding a sealed person field to its person. */
export function personFieldAad(field: string, personId: string): string {
  return `person.${field}.${personId}`;
}
