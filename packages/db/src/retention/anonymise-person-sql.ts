import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/** Free text the figures read only as "there is one" (an override happened) becomes this. */
const erased = '[erased]';

/**
 * Destroys what identifies a person and keeps what the statistics read (the inventory of
 * docs/security/retention.md, row by row): sealed values go, free text keeps only whether it was
 * there, the blind index and the conversation go; sex, birth year, age band, citizenship, forms,
 * dates, statuses and organisations stay, so every past figure keeps its count. Run inside the
 * caller's transaction. False when the person does not exist or was anonymised before.
 */
export async function anonymisePersonRows(
  db: Kysely<Database>,
  personId: string,
  at: Date,
): Promise<boolean> {
  const person = await db
    .updateTable('persons')
    .set({
      given_names_sealed: null,
      family_name_sealed: null,
      other_names_sealed: null,
      birth_date_sealed: null,
      documents_sealed: null,
      contacts_sealed: null,
      addresses_sealed: null,
      notes_sealed: null,
      sensitive_sealed: null,
      anonymised_at: at,
    })
    .where('id', '=', personId)
    .where('anonymised_at', 'is', null)
    .returning('code')
    .executeTakeFirst();
  if (!person) return false;
  const mark = (column: string) =>
    sql.raw(`${column} = case when ${column} is null then null else '${erased}' end`);
  const statements = [
    sql`delete from person_duplicate_keys where person_id = ${personId}`,
    sql`update person_access set ${mark('override_reason')} where person_id = ${personId}`,
    sql`update screenings set ${mark('outcome_reason')} where person_id = ${personId}`,
    sql`update identification_decisions set grounds_sealed = null where person_id = ${personId}`,
    sql`delete from referral_messages where referral_id in (select id from referrals where person_id = ${personId})`,
    sql`update referrals set note_sealed = null, ${mark('decline_reason')}, ${mark('withdraw_reason')},
          ${mark('override_reason')} where person_id = ${personId}`,
    sql`update notifications set person_code = null where person_code = ${person.code}`,
    sql`update protection_services set note_sealed = null where person_id = ${personId}`,
    sql`update hotline_contacts set caller_identity_sealed = null, notes_sealed = null where person_id = ${personId}`,
  ];
  for (const statement of statements) await statement.execute(db);
  return true;
}
