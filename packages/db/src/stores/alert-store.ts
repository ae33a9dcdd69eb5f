import type { Alert, AlertStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { AlertRow, Database } from '../schema.ts';

/** Alerts (potential cases) and their message threads. */
export function createAlertStore(db: Kysely<Database>): AlertStore {
  return {
    async create(a) {
      await db.insertInto('alerts').values(toRow(a)).execute();
    },
    async get(id) {
      const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAlert(row);
    },
    async listForOrganisation(organisationId, { after, limit, awaiting }) {
      // Two branches, each one walk of its index (sender, receiver) in the page's order, merged:
      // an OR of the two columns would make the planner read and sort every alert of the body.
      const branch = (column: 'from_organisation_id' | 'to_organisation_id') => {
        let q = db.selectFrom('alerts').selectAll().where(column, '=', organisationId);
        // An alert to oneself is refused, but were one stored it would come once, from the sender side.
        if (column === 'to_organisation_id') q = q.where('from_organisation_id', '<>', organisationId);
        // Awaiting acknowledgement: received and open; nothing sent is (an empty branch).
        if (awaiting)
          q = column === 'to_organisation_id' ? q.where('status', '=', 'open') : q.where(sql<boolean>`false`);
        if (after)
          q = q.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
        return q
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit + 1);
      };
      const rows = await db
        .selectFrom(
          db
            .selectFrom(branch('from_organisation_id').as('sent'))
            .selectAll()
            .unionAll(db.selectFrom(branch('to_organisation_id').as('received')).selectAll())
            .as('mine'),
        )
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit).map(toAlert);
      const last = page.at(-1);
      return {
        alerts: page,
        next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
      };
    },
    async countForOrganisation(organisationId, cap, awaiting) {
      const capped = (column: 'from_organisation_id' | 'to_organisation_id') =>
        db
          .selectFrom('alerts')
          .select(sql.lit(1).as('one'))
          .where(column, '=', organisationId)
          .$if(column === 'to_organisation_id', (q) => q.where('from_organisation_id', '<>', organisationId))
          .$if(awaiting === true, (q) =>
            column === 'to_organisation_id' ? q.where('status', '=', 'open') : q.where(sql<boolean>`false`),
          )
          // The page's order: its index is walked and the count stops at the cap.
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(cap + 1);
      const row = await db
        .selectFrom(
          db
            .selectFrom(capped('from_organisation_id').as('s'))
            .selectAll()
            .unionAll(db.selectFrom(capped('to_organisation_id').as('r')).selectAll())
            .as('mine'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const n = Number(row.n);
      return n > cap ? { count: cap, more: true } : { count: n, more: false };
    },
    async transition(id, from, patch) {
      if (from.length === 0) return 0;
      const result = await db
        .updateTable('alerts')
        .set({
          ...(patch.status ? { status: patch.status } : {}),
          ...(patch.updatedAt ? { updated_at: patch.updatedAt } : {}),
        })
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async linkPerson(id, personId, at) {
      // array_append only when absent: linking twice changes nothing.
      await db
        .updateTable('alerts')
        .set({ person_ids: sql`array_append(person_ids, ${personId}::uuid)`, updated_at: at })
        .where('id', '=', id)
        .where(sql<boolean>`not (${personId}::uuid = any(person_ids))`)
        .execute();
    },
    async addMessage(m) {
      await db
        .insertInto('alert_messages')
        .values({
          id: m.id,
          alert_id: m.alertId,
          author_user_id: m.authorUserId,
          author_organisation_id: m.authorOrganisationId,
          body_sealed: m.bodySealed,
          created_at: m.createdAt,
        })
        .execute();
    },
    async listMessages(alertId) {
      const rows = await db
        .selectFrom('alert_messages')
        .selectAll()
        .where('alert_id', '=', alertId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        alertId: r.alert_id,
        authorUserId: r.author_user_id,
        authorOrganisationId: r.author_organisation_id,
        bodySealed: r.body_sealed,
        createdAt: r.created_at,
      }));
    },
  };
}

function toRow(a: Alert): AlertRow {
  return {
    id: a.id,
    from_organisation_id: a.fromOrganisationId,
    to_organisation_id: a.toOrganisationId,
    subject: a.subject,
    title: a.title,
    details_sealed: a.detailsSealed,
    status: a.status,
    person_ids: a.personIds,
    created_by: a.createdBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

function toAlert(r: AlertRow): Alert {
  return {
    id: r.id,
    fromOrganisationId: r.from_organisation_id,
    toOrganisationId: r.to_organisation_id,
    subject: r.subject,
    title: r.title,
    detailsSealed: r.details_sealed,
    status: r.status,
    personIds: r.person_ids,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
