import type { Notification, NotificationStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, NotificationRow } from '../schema.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createNotificationStore(db: Kysely<Database>): NotificationStore {
  return {
    async create(n) {
      await db
        .insertInto('notifications')
        .values({
          id: n.id,
          organisation_id: n.organisationId,
          kind: n.kind,
          referral_id: n.referralId,
          person_code: n.personCode,
          about_organisation_id: n.aboutOrganisationId ?? null,
          created_at: n.createdAt,
          read_at: n.readAt,
        })
        .execute();
    },

    async listForOrganisation(organisationId, limit) {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toNotification);
    },

    async listSince(after, limit) {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb('created_at', '>', after?.at ?? new Date(0)),
              eb.and([eb('created_at', '=', after?.at ?? new Date(0)), eb('id', '>', after?.id ?? '')]),
            ]),
          ),
        )
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .execute();
      return rows.map(toNotification);
    },

    async countUnread(organisationId) {
      // Spelled as the partial index's predicate, so the count reads only unread entries.
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string | number>().as('unread'))
        .where('organisation_id', '=', organisationId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.unread);
    },

    async markRead(organisationId, ids, at) {
      // The ids come from a request: one that is no uuid matches nothing (as in the memory
      // store) instead of failing the whole statement on the uuid cast.
      const valid = ids.filter((id) => uuidPattern.test(id));
      if (valid.length === 0) return 0;
      // Scoped to the organisation: ids of another organisation's notifications change nothing.
      const result = await db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('organisation_id', '=', organisationId)
        .where('id', 'in', valid)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async markReadForReferral(organisationId, referralId, at) {
      if (!uuidPattern.test(referralId)) return 0;
      // Reads the organisation's unread entries through the partial index, then by referral.
      const result = await db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('organisation_id', '=', organisationId)
        .where('read_at', 'is', null)
        .where('referral_id', '=', referralId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    referralId: row.referral_id,
    personCode: row.person_code,
    aboutOrganisationId: row.about_organisation_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
