import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';
import { grants, importGrants, operatorGrants } from './grants.ts';
import { type Action, type Grant, permissionOf, type Resource, type Scope, scopes } from './permissions.ts';
import { enrolmentGrants } from './second-factor-policy.ts';

/** What the policy needs to know about one record to decide on it. */
export interface RecordRef {
  /** Organisation that owns the record. */
  organisationId?: string | null;
  /** Organisations the record is shared with (open referrals, case links). */
  sharedWithOrganisationIds?: readonly string[];
  /** User the record belongs to (a token, a profile). */
  userId?: string | null;
}

/** Every grant the actor holds: the operator's or the import's own set, or the roles' grants. */
export function grantsOf(actor: Actor): readonly Grant[] {
  if (actor.kind === 'operator') return operatorGrants;
  if (actor.kind === 'import') return importGrants;
  if (actor.secondFactorPending) return enrolmentGrants;
  return actor.roles.flatMap((role) => grants[role]);
}

/**
 * The widest scope the actor holds for `resource:action`, or null when they hold none.
 * Repositories filter lists by this scope so that a list never contains a forbidden record.
 */
export function scopeFor(actor: Actor, resource: Resource, action: Action): Scope | null {
  if (actor.tokenScopes && !actor.tokenScopes.includes(permissionOf(resource, action))) return null;
  return widestScopes(actor).get(`${resource}:${action}`) ?? null;
}

/**
 * Each `resource:action`'s widest scope for the actor's set of grants, worked out once per set
 * (a handful of role combinations) instead of scanning every grant on each call: a page of
 * referrals asks it several times per row (issue 21). The grant tables are constants.
 */
const widestBySet = new Map<string, ReadonlyMap<string, Scope>>();
function widestScopes(actor: Actor): ReadonlyMap<string, Scope> {
  const key = actor.kind ?? (actor.secondFactorPending ? 'pending' : `roles:${actor.roles.join(',')}`);
  let widest = widestBySet.get(key);
  if (!widest) {
    const map = new Map<string, Scope>();
    for (const grant of grantsOf(actor)) {
      const k = `${grant.resource}:${grant.action}`;
      const held = map.get(k);
      if (held === undefined || scopes.indexOf(grant.scope) > scopes.indexOf(held)) map.set(k, grant.scope);
    }
    widest = map;
    widestBySet.set(key, widest);
  }
  return widest;
}

/**
 * Whether the actor holds `resource:action` at one of these scopes. For statistics the widest
 * scope is not the question: `aggregate` (national figures, counts only) is the narrowest on
 * records but the widest on figures, and an actor may hold it beside `own_organisation`.
 */
export function holdsGrant(
  actor: Actor,
  resource: Resource,
  action: Action,
  accepted: readonly Scope[],
): boolean {
  if (actor.tokenScopes && !actor.tokenScopes.includes(permissionOf(resource, action))) return false;
  return grantsOf(actor).some(
    (g) => g.resource === resource && g.action === action && accepted.includes(g.scope),
  );
}

/** Whether a scope reaches a given record. `aggregate` never reaches a single record. */
export function scopeReaches(actor: Actor, scope: Scope, record: RecordRef): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'aggregate':
      return false;
    case 'linked':
      return (
        record.organisationId === actor.organisationId ||
        (record.sharedWithOrganisationIds ?? []).includes(actor.organisationId) ||
        record.userId === actor.userId
      );
    case 'own_organisation':
      return record.organisationId === actor.organisationId || record.userId === actor.userId;
    case 'self':
      return record.userId === actor.userId;
  }
}

/** Checks every grant the actor holds (a narrower grant may reach what a wider one does not). */
export function can(actor: Actor, resource: Resource, action: Action, record?: RecordRef): boolean {
  if (actor.tokenScopes && !actor.tokenScopes.includes(permissionOf(resource, action))) return false;
  for (const grant of grantsOf(actor)) {
    if (grant.resource !== resource || grant.action !== action) continue;
    if (!record || scopeReaches(actor, grant.scope, record)) return true;
  }
  return false;
}

/** Throws `forbidden` unless the actor may act on the record (or on the resource at all). */
export function authorize(actor: Actor, resource: Resource, action: Action, record?: RecordRef): void {
  if (!can(actor, resource, action, record)) throw forbidden();
}
