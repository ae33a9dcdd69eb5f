import type { Ctx } from '../context.ts';
import { scopeFor } from '../policy/authorize.ts';
import { forbidden } from '../support/errors.ts';
import type { PersonFilter } from './identification-ports.ts';
import type { Person } from './person.ts';

/**
 * Persons the actor's organisation holds or has been given access to, filtered and paged. The
 * store filters by scope, so a record out of reach is never in the page or in the total.
 * National roles hold `aggregate` only: they get statistics, not lists.
 */
export async function listPersons(
  ctx: Ctx,
  filter: Omit<PersonFilter, 'overdueAt'> & { overdue?: boolean },
): Promise<{ persons: Person[]; total: number }> {
  const scope = scopeFor(ctx.actor, 'person', 'read');
  if (!scope || scope === 'aggregate') throw forbidden('Your role sees figures, not individual records.');
  const { overdue, ...rest } = filter;
  return ctx.store.persons.list(
    {
      ...rest,
      limit: Math.min(Math.max(rest.limit, 1), 200),
      ...(overdue ? { overdueAt: ctx.clock.now() } : {}),
    },
    { scope, userId: ctx.actor.userId, organisationId: ctx.actor.organisationId },
  );
}
