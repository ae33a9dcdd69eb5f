import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { nameSearchKeys } from '../persons/duplicate-key.ts';
import { scopeFor } from '../policy/authorize.ts';
import type { PersonAction } from '../policy/person-access-rules.ts';
import { personListAccess } from '../policy/person-list-access.ts';
import { forbidden, invalid } from '../support/errors.ts';
import { listCountCap } from '../support/list-count-cap.ts';
import type { CappedCount, PersonFilter, PersonPage } from './identification-ports.ts';

/** How far ahead "ending" looks: a week leaves time to plan what follows the period. */
export const reflectionWarningDays = 7;

/** The calendar day of an instant (UTC, as the server stores event days). */
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

export type PersonListRequest = Omit<PersonFilter, 'overdueAt' | 'nameKeys' | 'reflectionEnding'> & {
  overdue?: boolean;
  /** Reflection periods the actor's organisation granted that end within `reflectionWarningDays`. */
  reflectionEnding?: boolean;
  /** A name, searched through the blind index (needs the right to reveal identity). */
  name?: string;
  /** Count the matches too (the first page asks; the next pages keep that figure). */
  withTotal?: boolean;
};

/**
 * Persons the actor's organisation holds or has been given access to, filtered, sorted and
 * paged by cursor. Which persons a list may show is core's policy (`personListAccess`): the store
 * translates it, so a record out of reach is never in a page or a count. National roles hold
 * `aggregate` only: they get statistics, not lists. A name search reaches only persons whose
 * identity the organisation holds, since a hit would otherwise tell the name of a person shown
 * by code alone; it is audited without the name.
 */
export async function listPersons(
  ctx: Ctx,
  request: PersonListRequest,
): Promise<PersonPage & { total?: CappedCount }> {
  const scope = scopeFor(ctx.actor, 'person', 'read');
  if (!scope || scope === 'aggregate') throw forbidden('Your role sees figures, not individual records.');
  const { overdue, name, withTotal, reflectionEnding, ...rest } = request;
  const now = ctx.clock.now();
  const actions: PersonAction[] = name ? ['read', 'reveal_identity'] : ['read'];
  const access = personListAccess(ctx.actor, actions);
  if (name && access.kind === 'none') throw forbidden('Your role may not search persons by name.');
  const nameKeys = name ? nameSearchKeys(ctx.lookupKey, name) : undefined;
  if (name && nameKeys?.length === 0) throw invalid('Type a name with at least one letter.');
  const filter: PersonFilter = {
    ...rest,
    limit: Math.min(Math.max(rest.limit, 1), 200),
    ...(overdue ? { overdueAt: now } : {}),
    ...(reflectionEnding
      ? {
          reflectionEnding: {
            grantedBy: ctx.actor.organisationId,
            from: isoDay(now),
            until: isoDay(new Date(now.getTime() + reflectionWarningDays * 86_400_000)),
          },
        }
      : {}),
    ...(nameKeys ? { nameKeys } : {}),
  };
  const page = await ctx.store.persons.list(filter, access);
  if (name) {
    await recordAudit(ctx, ctx.actor, ctx.request, {
      action: 'person.searched_by_name',
      entityType: 'person',
      entityId: null,
      details: { found: page.persons.length },
    });
  }
  if (!withTotal) return page;
  const { after: _, limit: __, sort: ___, ...countFilter } = filter;
  return { ...page, total: await ctx.store.persons.count(countFilter, access, listCountCap) };
}
