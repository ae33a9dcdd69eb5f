import type { PersonFilter } from '@opennrm/core';
import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { escapeLike } from './escape-like.ts';

/**
 * Beyond this many persons whose code holds the fragment (after the cursor, country-wide) the
 * fragment is broad ("NRM-2023"): matches are then dense and walking the list in its order fills
 * a page soon, so the caller walks. Up to it, the trigram index alone names every candidate.
 */
export const codeCandidateCap = 200;

/**
 * The ids of every person whose code holds the fragment and lies after the cursor, read through
 * the trigram index (persons_code_trgm) without an order, so a bitmap scan stops at the cap; or
 * null when there are more than `codeCandidateCap` (the fragment is broad). Asked alone, the
 * planner would rather walk the organisation's list in the page's order hoping to meet a match,
 * and for a rare fragment that reads the whole list (issue 21).
 */
export async function findCodeCandidates(
  db: Kysely<Database>,
  code: string,
  filter: Pick<PersonFilter, 'after' | 'sort'>,
): Promise<string[] | null> {
  const after = filter.after;
  const sort = filter.sort ?? 'newest';
  const matches = (qc: QueryCreator<Database>) => {
    let q = qc
      .selectFrom('persons')
      .select('persons.id')
      .where('persons.code', 'ilike', `%${escapeLike(code)}%`);
    if (!after) return q;
    // The list's keyset condition, on persons' own columns (the same values person_links holds).
    const key = sql`(persons.created_at, persons.code)`;
    const at = sql`(${after.createdAt}::timestamptz, ${after.code}::text)`;
    if (sort === 'newest') q = q.where(sql<boolean>`${key} < ${at}`);
    if (sort === 'oldest') q = q.where(sql<boolean>`${key} > ${at}`);
    if (sort === 'code_asc') q = q.where('persons.code', '>', after.code);
    if (sort === 'code_desc') q = q.where('persons.code', '<', after.code);
    return q;
  };
  // The cap outside a materialized CTE: the planner prices the match alone (the trigram index
  // for a rare fragment) and the CTE is still read lazily, stopping at the cap. With the limit
  // inside, it bets on a sequential scan meeting 201 matches early, and reads the table.
  const rows = await db
    .with((w) => w('matches').materialized(), matches)
    .selectFrom('matches')
    .select('matches.id')
    .limit(codeCandidateCap + 1)
    .execute();
  return rows.length > codeCandidateCap ? null : rows.map((r) => r.id);
}
