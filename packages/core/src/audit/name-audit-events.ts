import type { Ctx } from '../context.ts';
import type { AuditEvent } from '../model.ts';
import { can } from '../policy/authorize.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';

/**
 * What an auditor reads instead of ids: users' and organisations' names, persons' codes. Never
 * a person's name or anything sealed: the trail names a person by code only.
 */
export interface AuditNames {
  users: Map<string, string>;
  organisations: Map<string, string>;
  personCodes: Map<string, string>;
  /** Persons the reader may open (the record-level policy decides; an auditor opens none). */
  openablePersons: Set<string>;
}

// Only ids that can name a row: an event's entity id is free text (a loaded or a very old event
// may hold something else), and one odd id must not make the whole page fail.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ids = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && uuid.test(v))),
];

/** Names for one page (or one export) of events, in a few reads whatever the page's size. */
export async function nameAuditEvents(ctx: Ctx, events: readonly AuditEvent[]): Promise<AuditNames> {
  if (events.length === 0)
    return { users: new Map(), organisations: new Map(), personCodes: new Map(), openablePersons: new Set() };
  const of = (type: string) => events.filter((e) => e.entityType === type).map((e) => e.entityId);
  const userIds = ids([...events.map((e) => e.actorUserId), ...of('user')]);
  const organisationIds = ids([...events.map((e) => e.actorOrganisationId), ...of('organisation')]);
  const personIds = ids(of('person'));
  const [users, organisations, personCodes, facts] = await Promise.all([
    ctx.store.users.getMany(userIds),
    ctx.store.organisations.namesOf(organisationIds),
    ctx.store.persons.codesOf(personIds),
    ctx.store.persons.accessFactsOf(personIds),
  ]);
  const userNames = new Map<string, string>();
  for (const user of users) {
    // A name only where the reader may see that user (the auditor sees every user).
    if (can(ctx.actor, 'user', 'read', { organisationId: user.organisationId, userId: user.id }))
      userNames.set(user.id, user.displayName);
  }
  const openablePersons = new Set(
    [...facts].filter(([, f]) => mayOnPerson(ctx.actor, 'read', f)).map(([id]) => id),
  );
  return { users: userNames, organisations, personCodes, openablePersons };
}
