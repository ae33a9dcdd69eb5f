import type { HoldKind, LegalHold, PersonExpiry, RetentionStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { anonymisePersonRows } from './anonymise-person-sql.ts';
import { personEventsSql, personHoldsSql } from './person-events-sql.ts';
import { readSubjectRecords } from './subject-records-query.ts';

/** Defendants of cases every defendant of which is done (judged finally or closed) before `before`. */
function judgedDefendantsSql(before: string) {
  return sql<{ id: string }>`
    select d.id from case_defendants d
     where d.name_erased_at is null
       and not exists (
         select 1 from case_defendants o
          where o.case_id = d.case_id
            and (coalesce(o.final_on, case when o.close_reason is not null
                   then greatest(o.investigated_on, o.charged_on, o.trial_on, o.verdict_on) end) is null
                 or coalesce(o.final_on, greatest(o.investigated_on, o.charged_on, o.trial_on, o.verdict_on))
                    >= ${before}::date))
     order by d.id`;
}

export function createRetentionStore(db: Kysely<Database>): RetentionStore {
  return {
    async expiredPersons(before, limit) {
      const { rows } = await sql<{ id: string; code: string; last_on: string | Date; holds: string[] }>`
        with last_events as (
          select person_id, max(on_day) as last_on from (${personEventsSql}) e group by person_id
        )
        select p.id, p.code, to_char(l.last_on, 'YYYY-MM-DD') as last_on, ${personHoldsSql} as holds
          from last_events l join persons p on p.id = l.person_id
         where p.anonymised_at is null and l.last_on < ${before}::date
         order by l.last_on, p.id
         limit ${limit}`.execute(db);
      return rows.map(
        (r): PersonExpiry => ({
          personId: r.id,
          code: r.code,
          lastEventOn: String(r.last_on),
          holds: r.holds as HoldKind[],
        }),
      );
    },
    async holdsOf(personId) {
      const { rows } = await sql<{ holds: string[] }>`
        select ${personHoldsSql} as holds from persons p where p.id = ${personId} for update`.execute(db);
      return (rows[0]?.holds ?? []) as HoldKind[];
    },
    anonymisePerson: (personId, at) => anonymisePersonRows(db, personId, at),
    async countHotlineContactsBefore(before) {
      const row = await db
        .selectFrom('hotline_contacts')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('contacted_on', '<', before)
        .where((eb) =>
          eb.or([eb('caller_identity_sealed', 'is not', null), eb('notes_sealed', 'is not', null)]),
        )
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async anonymiseHotlineContactsBefore(before) {
      const result = await db
        .updateTable('hotline_contacts')
        .set({ caller_identity_sealed: null, notes_sealed: null })
        .where('contacted_on', '<', before)
        .where((eb) =>
          eb.or([eb('caller_identity_sealed', 'is not', null), eb('notes_sealed', 'is not', null)]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async defendantsJudgedBefore(before) {
      const { rows } = await judgedDefendantsSql(before).execute(db);
      return rows.map((r) => r.id);
    },
    async replaceDefendantNames(names, at) {
      let changed = 0;
      for (const { id, nameSealed } of names) {
        // name_erased_at is retention's own column (migration 32), not in the prosecution rows.
        const result =
          await sql`update case_defendants set name_sealed = ${nameSealed}, name_erased_at = ${at}
           where id = ${id} and name_erased_at is null`.execute(db);
        changed += Number(result.numAffectedRows ?? 0);
      }
      return changed;
    },
    async countNotificationsBefore(before) {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('created_at', '<', before)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async deleteNotificationsBefore(before) {
      const result = await db.deleteFrom('notifications').where('created_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async listHolds() {
      const rows = await db
        .selectFrom('person_legal_holds as h')
        .innerJoin('persons as p', 'p.id', 'h.person_id')
        .select(['h.person_id', 'p.code', 'h.reason', 'h.set_by', 'h.set_at'])
        .orderBy('h.set_at', 'desc')
        .execute();
      return rows.map(
        (r): LegalHold => ({
          personId: r.person_id,
          code: r.code,
          reason: r.reason,
          setBy: r.set_by,
          setAt: r.set_at,
        }),
      );
    },
    async personIdByCode(code) {
      // Codes are issued in capitals; whoever types one (a hold, an erasure, the audit filter) may not.
      const row = await db
        .selectFrom('persons')
        .select('id')
        .where('code', '=', code.trim().toUpperCase())
        .executeTakeFirst();
      return row?.id;
    },
    async setHold(hold) {
      await db
        .insertInto('person_legal_holds')
        .values({ person_id: hold.personId, reason: hold.reason, set_by: hold.setBy, set_at: hold.setAt })
        .onConflict((oc) =>
          oc.column('person_id').doUpdateSet({ reason: hold.reason, set_by: hold.setBy, set_at: hold.setAt }),
        )
        .execute();
    },
    async releaseHold(personId) {
      const result = await db
        .deleteFrom('person_legal_holds')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    subjectRecords: (personId) => readSubjectRecords(db, personId),
  };
}
