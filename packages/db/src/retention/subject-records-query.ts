import type { SubjectRecords } from '@opennrm/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { sealedColumns } from '../sealed-columns.ts';

/** The tables that hold a person's rows by `person_id` (docs/security/retention.md). */
const byPersonId = [
  'persons',
  'person_access',
  'person_legal_holds',
  'exploitations',
  'screenings',
  'identification_decisions',
  'consents',
  'referrals',
  'protection_services',
  'protection_cooperation',
  'protection_reflection_periods',
  'protection_residence_permits',
  'protection_returns',
  'shelter_stays',
  'case_victims',
  'victim_penalties',
] as const;

function queriesFor(personId: string): [string, RawBuilder<Record<string, unknown>>][] {
  return [
    ...byPersonId.map((table): [string, RawBuilder<Record<string, unknown>>] => [
      table,
      table === 'persons'
        ? sql`select * from persons where id = ${personId}`
        : sql`select * from ${sql.table(table)} where person_id = ${personId}`,
    ]),
    [
      'referral_messages',
      sql`select m.* from referral_messages m join referrals r on r.id = m.referral_id
           where r.person_id = ${personId} order by m.created_at`,
    ],
    [
      'criminal_cases',
      sql`select c.id, c.reference, c.opened_on, c.legal_basis, c.exploitation_forms
            from criminal_cases c join case_victims v on v.case_id = c.id where v.person_id = ${personId}`,
    ],
    // Third parties' data stays out (GDPR art. 15(4)): the caller of a hotline contact may be
    // someone else, and an alert's details speak of several persons.
    [
      'hotline_contacts',
      sql`select id, organisation_id, contacted_at, contacted_on, channel, language, caller_type, topic, outcome,
                 referred_to_organisation_id, alert_id, notes_sealed
            from hotline_contacts where person_id = ${personId}`,
    ],
    [
      'alerts',
      sql`select id, from_organisation_id, to_organisation_id, subject, status, created_at
            from alerts where ${personId}::uuid = any(person_ids)`,
    ],
    [
      'notifications',
      sql`select n.* from notifications n join persons p on p.code = n.person_code where p.id = ${personId}`,
    ],
  ];
}

/**
 * Every row about one person (the subject access export), with each sealed column given as the
 * sealed value and its additional data, for core to open. The blind-index keys are left out:
 * they are one-way hashes of the name already given. Undefined when the person does not exist.
 */
export async function readSubjectRecords(
  db: Kysely<Database>,
  personId: string,
): Promise<SubjectRecords | undefined> {
  const records: SubjectRecords = {};
  for (const [table, query] of queriesFor(personId)) {
    const { rows } = await query.execute(db);
    const sealed = sealedColumns.filter((c) => c.table === table);
    records[table] = rows.map((row) => {
      const out: Record<string, unknown> = { ...row };
      for (const column of sealed) {
        const value = row[column.column];
        if (typeof value === 'string')
          out[column.column] = { sealed: value, aad: column.aad({ id: String(row[column.idColumn]) }) };
      }
      return out;
    });
  }
  return records.persons?.length ? records : undefined;
}
