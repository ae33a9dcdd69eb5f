import type { Actor } from '../auth/actor.ts';
import { scopeFor } from './authorize.ts';
import type { PersonAccessFacts } from './person-access-facts.ts';
import { linksOf } from './person-access-policy.ts';
import {
  type PersonAction,
  type PersonRelation,
  personAccessTable,
  personActionGrant,
  personRelations,
} from './person-access-rules.ts';

/**
 * One condition on an organisation's links to a person: some link of a relation in `relations`,
 * or some link carrying identity of a relation in `identityRelations` (the table's 'identity').
 */
export interface RelationCondition {
  relations: readonly PersonRelation[];
  identityRelations: readonly PersonRelation[];
}

/**
 * `mayOnPerson` for a whole list, as data a store can translate into one indexed query:
 * - all: every person (a role granted at scope `all`; none holds it on persons today);
 * - none: no person (aggregate and self scopes, or no grant);
 * - links: the persons the organisation has links to that meet every condition (one per role
 *   grant the actions need), and, when `ownerOnly`, that it owns.
 * The store keeps each organisation's links (relation + identity flag); this function is the only
 * place that says which links let a list show a person, so list and record decide alike
 * (`personListAccessAllows` below is the record-by-record reading the tests hold the SQL to).
 */
export type PersonListAccess =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'links'; organisationId: string; ownerOnly: boolean; conditions: RelationCondition[] };

export function personListAccess(
  actor: Actor,
  actions: readonly PersonAction[] = ['read'],
): PersonListAccess {
  const conditions: RelationCondition[] = [];
  let ownerOnly = false;
  for (const action of actions) {
    for (const [resource, act] of personActionGrant[action]) {
      const scope = scopeFor(actor, resource, act);
      if (scope === 'all') continue;
      if (scope !== 'linked' && scope !== 'own_organisation') return { kind: 'none' };
      if (scope === 'own_organisation') ownerOnly = true;
      const rules = personAccessTable[action];
      conditions.push({
        relations: personRelations.filter((r) => rules[r] === 'yes'),
        identityRelations: personRelations.filter((r) => rules[r] === 'identity'),
      });
    }
  }
  if (conditions.length === 0 && !ownerOnly) return { kind: 'all' };
  return { kind: 'links', organisationId: actor.organisationId, ownerOnly, conditions };
}

/** Whether the access lets a list show this person: the same reading as the store's query. */
export function personListAccessAllows(access: PersonListAccess, facts: PersonAccessFacts): boolean {
  if (access.kind !== 'links') return access.kind === 'all';
  if (access.ownerOnly && facts.ownerOrganisationId !== access.organisationId) return false;
  const links = linksOf(access.organisationId, facts);
  return access.conditions.every((c) =>
    links.some(
      (link) =>
        c.relations.includes(link.relation) || (link.identity && c.identityRelations.includes(link.relation)),
    ),
  );
}
