import type { Organisation, OrganisationStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, OrganisationRow, OrganisationUpdate } from '../schema.ts';

export function createOrganisationStore(db: Kysely<Database>): OrganisationStore {
  return {
    async list({ includeInactive }) {
      let query = db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id');
      if (!includeInactive) query = query.where('active', '=', true);
      return (await query.execute()).map(toOrganisation);
    },

    async get(id) {
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toOrganisation(row);
    },

    async findByName(name) {
      const row = await db
        .selectFrom('organisations')
        .selectAll()
        .where('name', '=', name)
        .executeTakeFirst();
      return row && toOrganisation(row);
    },

    async namesOf(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async create(org) {
      await db
        .insertInto('organisations')
        .values({
          id: org.id,
          name: org.name,
          type: org.type,
          region: org.region,
          parent_id: org.parentId,
          active: org.active,
          address_sealed: org.addressSealed,
          created_at: org.createdAt,
          updated_at: org.updatedAt,
        })
        .execute();
    },

    async update(id, patch) {
      const values: OrganisationUpdate = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.type !== undefined) values.type = patch.type;
      if (patch.region !== undefined) values.region = patch.region;
      if (patch.parentId !== undefined) values.parent_id = patch.parentId;
      if (patch.active !== undefined) values.active = patch.active;
      if (patch.addressSealed !== undefined) values.address_sealed = patch.addressSealed;
      if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
      if (Object.keys(values).length === 0) {
        // Nothing to change: report whether the organisation exists, as an update would.
        const row = await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
        return row ? 1 : 0;
      }
      const result = await db
        .updateTable('organisations')
        .set(values)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    region: row.region,
    parentId: row.parent_id,
    active: row.active,
    addressSealed: row.address_sealed,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
