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
    async listForOrganisation(organisationId, limit) {
      const rows = await db
        .selectFrom('alerts')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('from_organisation_id', '=', organisationId),
            eb('to_organisation_id', '=', organisationId),
          ]),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toAlert);
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
