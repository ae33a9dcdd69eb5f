import type { DecisionStore, IdentificationDecision } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, DecisionRow } from '../schema.ts';

export function createDecisionStore(db: Kysely<Database>): DecisionStore {
  return {
    async create(d) {
      await db
        .insertInto('identification_decisions')
        .values({
          id: d.id,
          person_id: d.personId,
          outcome: d.outcome,
          deciding_organisation_id: d.decidingOrganisationId,
          deciding_body_type: d.decidingBodyType,
          decided_on: d.decidedOn,
          grounds_sealed: d.groundsSealed,
          reconsiders: d.reconsiders,
          recorded_by: d.recordedBy,
          recorded_at: d.recordedAt,
        })
        .execute();
    },

    async listForPerson(personId) {
      // Oldest recorded first: a reconsideration is always recorded after what it reconsiders,
      // even when the body's decided_on says otherwise.
      const rows = await db
        .selectFrom('identification_decisions')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('recorded_at')
        .orderBy('id')
        .execute();
      return rows.map(toDecision);
    },
  };
}

function toDecision(row: DecisionRow): IdentificationDecision {
  return {
    id: row.id,
    personId: row.person_id,
    outcome: row.outcome,
    decidingOrganisationId: row.deciding_organisation_id,
    decidingBodyType: row.deciding_body_type,
    decidedOn: row.decided_on,
    groundsSealed: row.grounds_sealed,
    reconsiders: row.reconsiders,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}
