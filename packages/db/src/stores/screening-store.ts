import type { Screening, ScreeningStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, ScreeningRow } from '../schema.ts';
import { storableJson } from './storable-json.ts';

export function createScreeningStore(db: Kysely<Database>): ScreeningStore {
  return {
    async create(s) {
      await db
        .insertInto('screenings')
        .values({
          id: s.id,
          person_id: s.personId,
          organisation_id: s.organisationId,
          screener_user_id: s.screenerUserId,
          list_key: s.listKey,
          list_version: s.listVersion,
          list_status: s.listStatus,
          population: s.population,
          // storableJson: jsonb rejects NUL and lone surrogates that free text may carry.
          answers: JSON.stringify(storableJson(s.answers)),
          result: JSON.stringify(storableJson(s.result)),
          outcome: s.outcome,
          outcome_reason: s.outcomeReason,
          screened_at: s.screenedAt,
          recorded_at: s.recordedAt,
        })
        .execute();
    },

    async listForPerson(personId) {
      // In the order they took place (recording may come later, e.g. a paper form typed in).
      const rows = await db
        .selectFrom('screenings')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('screened_at')
        .orderBy('recorded_at')
        .orderBy('id')
        .execute();
      return rows.map(toScreening);
    },
  };
}

function toScreening(row: ScreeningRow): Screening {
  return {
    id: row.id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    screenerUserId: row.screener_user_id,
    listKey: row.list_key,
    listVersion: row.list_version,
    listStatus: row.list_status,
    population: row.population,
    answers: row.answers,
    result: row.result,
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    screenedAt: row.screened_at,
    recordedAt: row.recorded_at,
  };
}
