import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Which keys this installation's data depends on, so a server started with other keys refuses
 * instead of answering 500 on old records or silently missing duplicates. Only key ids and
 * fingerprints (HMAC of a fixed label under the key), never a key.
 *
 * purpose: 'sealing' (key_id = the id in `s1.<keyId>.…`), 'lookup' (key_id 'lookup': the
 * duplicate-check secret), or a later key's purpose. fingerprint null: recorded before any server
 * with the key was seen (the backfill below); the first start holding the key fills it in.
 * retired_at: the key sealed nothing any more when a start last looked (after a rotation).
 *
 * The backfill reads every `*_sealed` text column that exists now (a one-time scan at upgrade),
 * by naming convention rather than the code's registry, so it stays right whatever columns the
 * earlier migrations of this release created.
 */
const statements: string[] = [
  `create table installation_keys (
    purpose text not null,
    key_id text not null,
    fingerprint text,
    recorded_at timestamptz not null default now(),
    retired_at timestamptz,
    primary key (purpose, key_id)
  )`,
  `do $$
  declare c record;
  begin
    for c in
      select col.table_name, col.column_name
      from information_schema.columns col
      join information_schema.tables tab
        on tab.table_schema = col.table_schema and tab.table_name = col.table_name
      where col.table_schema = current_schema() and tab.table_type = 'BASE TABLE'
        and col.column_name like '%\\_sealed' and col.data_type = 'text'
    loop
      execute format(
        'insert into installation_keys (purpose, key_id)
         select distinct ''sealing'', split_part(%I, ''.'', 2) from %I where %I like ''s1.%%''
         on conflict do nothing',
        c.column_name, c.table_name, c.column_name);
    end loop;
  end $$`,
];

export const installationKeys: Migration = {
  version: 9,
  name: 'installation-keys',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
