import { stateDecidingBodyTypes } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

const triggers = [
  ['screenings', 'screenings_track_presumed'],
  ['identification_decisions', 'decisions_track_decided'],
] as const;

/**
 * Runs `work` (the COPY of generated screenings and decisions, whose persons already carry the
 * reporting dates) with migration 4's per-row triggers disabled: each would otherwise rewrite
 * its person row once more. COPY runs on its own connection, so the switch must be committed;
 * a record the app writes meanwhile misses its trigger, so afterwards the dates of every person
 * with a screening or decision recorded since the switch are recomputed as the triggers would.
 * ENABLE waits for open writers of the table (its lock conflicts with theirs), so none escapes.
 */
export async function withTrackingTriggersOff<T>(
  db: Kysely<Database>,
  keepThem: boolean,
  work: () => Promise<T>,
): Promise<T> {
  if (keepThem) return work();
  // An hour of margin for the clocks of other app servers; repairing a few more persons is harmless.
  const since = new Date(Date.now() - 3_600_000);
  for (const [table, name] of triggers)
    await sql.raw(`alter table ${table} disable trigger ${name}`).execute(db);
  try {
    return await work();
  } finally {
    for (const [table, name] of triggers)
      await sql.raw(`alter table ${table} enable trigger ${name}`).execute(db);
    await repairReportingDates(db, since);
  }
}

/** What the triggers would have written, for the persons touched by the app since `since`. */
export async function repairReportingDates(db: Kysely<Database>, since: Date): Promise<void> {
  await sql`update persons p set presumed_at = s.first
      from (select person_id, min(screened_at) as first from screenings
             where outcome = 'presumed_victim'
               and person_id in (select person_id from screenings where recorded_at >= ${since})
             group by person_id) s
     where s.person_id = p.id and p.presumed_at is distinct from s.first`.execute(db);
  await sql`update persons p set first_decided_on = d.first, identified_on = d.identified, state_decided_on = d.state
      from (select person_id, min(decided_on) as first,
                   min(decided_on) filter (where outcome = 'identified') as identified,
                   min(decided_on) filter (where deciding_body_type in (${sql.join(stateDecidingBodyTypes)})) as state
              from identification_decisions
             where person_id in (select person_id from identification_decisions where recorded_at >= ${since})
             group by person_id) d
     where d.person_id = p.id
       and (p.first_decided_on is distinct from d.first or p.identified_on is distinct from d.identified
            or p.state_decided_on is distinct from d.state)`.execute(db);
}

/**
 * Re-enables the triggers if a run killed between disable and enable left them off (every start
 * asks, so the usual start costs one catalogue read and no DDL). Nobody knows since when the app
 * wrote without them, so every person's reporting dates are recomputed; that happens only then.
 */
export async function ensureTrackingTriggersOn(db: Kysely<Database>): Promise<void> {
  const names = triggers.map(([, name]) => name);
  const off = await sql<{ tgname: string }>`select tgname from pg_trigger
    where tgname in (${sql.join(names)}) and tgenabled = 'D'`.execute(db);
  if (off.rows.length === 0) return;
  for (const [table, name] of triggers)
    await sql.raw(`alter table ${table} enable trigger ${name}`).execute(db);
  await repairReportingDates(db, new Date(0));
}
