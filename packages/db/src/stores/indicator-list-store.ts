import type { IndicatorList, IndicatorListStore, ListVerification } from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IndicatorListVerificationsTable } from '../schema-identification.ts';
import { storableJson } from './storable-json.ts';

type VerificationRow = Selectable<IndicatorListVerificationsTable>;

/**
 * Every version ever loaded stays: a screening names the (key, version) that scored it. A second
 * save of the same pair fails on the primary key instead of rewriting what screenings relied on.
 * A verification is a row of its own beside the definition (migration 0018), merged in on read.
 */
export function createIndicatorListStore(db: Kysely<Database>): IndicatorListStore {
  const withVerifications = async (lists: IndicatorList[]): Promise<IndicatorList[]> => {
    if (lists.length === 0) return lists;
    const rows = await db
      .selectFrom('indicator_list_verifications')
      .selectAll()
      .where(
        'key',
        'in',
        lists.map((list) => list.key),
      )
      .execute();
    return lists.map((list) => {
      const row = rows.find((r) => r.key === list.key && r.version === list.version);
      return row ? merge(list, row) : list;
    });
  };

  const get: IndicatorListStore['get'] = async (key, version) => {
    let query = db.selectFrom('indicator_lists').select('definition').where('key', '=', key);
    query =
      version === undefined
        ? query.orderBy('version', 'desc').limit(1)
        : query.where('version', '=', version);
    const row = await query.executeTakeFirst();
    if (!row) return undefined;
    const [list] = await withVerifications([row.definition as unknown as IndicatorList]);
    return list;
  };

  return {
    get,

    async save(list, loadedBy, at) {
      await db
        .insertInto('indicator_lists')
        .values({
          key: list.key,
          version: list.version,
          definition: JSON.stringify(storableJson(list)),
          loaded_by: loadedBy,
          loaded_at: at,
        })
        .execute();
    },

    async listLatest() {
      const rows = await db
        .selectFrom('indicator_lists')
        .distinctOn('key')
        .select('definition')
        .orderBy('key')
        .orderBy('version', 'desc')
        .execute();
      return withVerifications(rows.map((row) => row.definition as unknown as IndicatorList));
    },

    async verify(key, version, v) {
      // A shipped definition may carry its maintainers' verification: that counts as verified too.
      const stored = await get(key, version);
      if (!stored || stored.provenance?.verification) return false;
      const inserted = await db
        .insertInto('indicator_list_verifications')
        .values({
          key,
          version,
          verified_by: v.by,
          verified_by_name: v.byName,
          verified_at: new Date(v.at),
          document: v.document,
          page: v.page,
          note: v.note,
        })
        .onConflict((conflict) => conflict.columns(['key', 'version']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}

function merge(list: IndicatorList, row: VerificationRow): IndicatorList {
  const verification: ListVerification = {
    by: row.verified_by,
    byName: row.verified_by_name,
    at: row.verified_at.toISOString(),
    document: row.document,
    page: row.page,
    note: row.note,
  };
  return { ...list, provenance: { ...(list.provenance ?? { source: null }), verification } };
}
