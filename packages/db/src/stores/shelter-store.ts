import type { Facility, FacilityWithOccupancy, Occupancy, ShelterStay, ShelterStore } from '@opennrm/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { ShelterFacilitiesTable } from '../schema-protection.ts';
import { toCamel, toSnake } from './protection-rows.ts';

function facilityRow(f: Partial<Facility>): Record<string, unknown> {
  const { capacity, ...rest } = f;
  return {
    ...toSnake(rest),
    ...(capacity
      ? {
          capacity_women: capacity.women,
          capacity_men: capacity.men,
          capacity_children: capacity.children,
          capacity_families: capacity.families,
        }
      : {}),
  };
}

function toFacility(row: Selectable<ShelterFacilitiesTable>, occupancy: Occupancy): FacilityWithOccupancy {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    operatorType: row.operator_type,
    region: row.region,
    capacity: {
      women: row.capacity_women,
      men: row.capacity_men,
      children: row.capacity_children,
      families: row.capacity_families,
    },
    specialisations: row.specialisations as Facility['specialisations'],
    freeMovement: row.free_movement,
    addressSealed: row.address_sealed,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    occupancy,
  };
}

/**
 * Facilities and stays. Occupancy is counted from open stays, never kept in a counter, so it is
 * admitted minus discharged by construction; `admit` decides under `select ... for update` on
 * the facility's row, so concurrent admissions to one facility are counted one after another.
 */
export function createShelterStore(db: Kysely<Database>): ShelterStore {
  async function occupancies(ids: readonly string[]): Promise<Map<string, Occupancy>> {
    const result = new Map<string, Occupancy>();
    for (const id of ids) result.set(id, { women: 0, men: 0, children: 0, families: 0 });
    if (ids.length === 0) return result;
    const rows = await db
      .selectFrom('shelter_stays')
      .select(['facility_id', 'resident_group', sql<number>`count(*)::int`.as('n')])
      .where('facility_id', 'in', [...ids])
      .where('discharged_on', 'is', null)
      .groupBy(['facility_id', 'resident_group'])
      .execute();
    for (const row of rows) {
      const o = result.get(row.facility_id);
      if (o) o[row.resident_group] = row.n;
    }
    return result;
  }
  return {
    async createFacility(facility) {
      await db
        .insertInto('shelter_facilities')
        .values(facilityRow(facility) as never)
        .execute();
    },
    async updateFacility(id, patch) {
      const result = await db
        .updateTable('shelter_facilities')
        .set(facilityRow(patch) as never)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async getFacility(id) {
      const row = await db
        .selectFrom('shelter_facilities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return toFacility(row, (await occupancies([id])).get(id) as Occupancy);
    },
    async listFacilities() {
      const rows = await db.selectFrom('shelter_facilities').selectAll().orderBy('name').execute();
      const occupancy = await occupancies(rows.map((r) => r.id));
      return rows.map((r) => toFacility(r, occupancy.get(r.id) as Occupancy));
    },
    async admit(stay, capacity) {
      // The caller's transaction holds this lock until it commits: the next admission to the same
      // facility waits here and then counts this one.
      await db
        .selectFrom('shelter_facilities')
        .select('id')
        .where('id', '=', stay.facilityId)
        .forUpdate()
        .execute();
      const open = await db
        .selectFrom('shelter_stays')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('facility_id', '=', stay.facilityId)
        .where('resident_group', '=', stay.residentGroup)
        .where('discharged_on', 'is', null)
        .executeTakeFirstOrThrow();
      if (open.n >= capacity) return 'full';
      const already = await db
        .selectFrom('shelter_stays')
        .select('id')
        .where('person_id', '=', stay.personId)
        .where('discharged_on', 'is', null)
        .executeTakeFirst();
      if (already) return 'already_resident';
      await db
        .insertInto('shelter_stays')
        .values(toSnake(stay) as never)
        .execute();
      return 'admitted';
    },
    async getStay(id) {
      const row = await db.selectFrom('shelter_stays').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCamel<ShelterStay>(row);
    },
    async discharge(id, on, reason) {
      const result = await db
        .updateTable('shelter_stays')
        .set({ discharged_on: on, discharge_reason: reason })
        .where('id', '=', id)
        .where('discharged_on', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async listOpenStays(facilityId) {
      const rows = await db
        .selectFrom('shelter_stays')
        .selectAll()
        .where('facility_id', '=', facilityId)
        .where('discharged_on', 'is', null)
        .orderBy('admitted_on')
        .execute();
      return rows.map((r) => toCamel<ShelterStay>(r));
    },
  };
}
