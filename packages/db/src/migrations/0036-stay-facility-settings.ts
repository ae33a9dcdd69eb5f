import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * A shelter stay keeps its facility's operator type and freedom of movement as they were when it
 * was recorded. The stays facts read the facility as it is today, so a facility that once kept
 * its residents inside and later let them leave showed its earlier stays as "free" in every
 * report run after the change: exactly the abuse the report is there to show would vanish from
 * the years it happened in. A trigger copies the two settings on every insert, whatever the path
 * (admission, historic import, demo --scale COPY); existing stays take today's settings, the
 * best there is. A later change of the facility leaves them as they were.
 */
const statements: string[] = [
  'alter table shelter_stays add column operator_type text, add column free_movement boolean',
  `update shelter_stays st set operator_type = f.operator_type, free_movement = f.free_movement
     from shelter_facilities f where f.id = st.facility_id`,
  `create function shelter_stays_copy_settings() returns trigger language plpgsql as $$
   begin
     select f.operator_type, f.free_movement into new.operator_type, new.free_movement
       from shelter_facilities f where f.id = new.facility_id;
     return new;
   end $$`,
  `create trigger shelter_stays_copy_settings before insert on shelter_stays
     for each row execute function shelter_stays_copy_settings()`,
  'alter table shelter_stays alter column operator_type set not null, alter column free_movement set not null',
];

export const stayFacilitySettings: Migration = {
  version: 36,
  name: 'stay-facility-settings',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
