import { listCountCap } from '@opennrm/core';
import type { BareQuery } from './read-path-bare.ts';

type Row = Record<string, unknown>;

/**
 * The lists of the load bench (issue 21) for the bare server: the persons list by cursor (with a
 * code fragment) and one inbox section, each the statements OpenNRM's stores send for it, copied
 * as they compile (person-list-query.ts, person-code-candidates.ts, inbox-query.ts), rows mapped
 * to JSON. No framework, no validation, no policy module: the relations a link must have to show
 * a person are the policy's `read` row, written here as a constant.
 */
const readRelations = ['owner', 'share_target', 'recipient_pending', 'recipient_accepted'];
// The app's cap: the same "more than" answers, the same count reads.
const countCap = listCountCap;
const candidateCap = 200;
const encode = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as string[];
const like = (fragment: string) => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

/** GET /persons?limit=&cursor=&code=: newest first, the first page counted up to the cap. */
export async function personListPage(query: BareQuery, org: string, params: URLSearchParams) {
  const limit = Math.min(Number(params.get('limit') ?? 50), 200);
  const cursor = params.get('cursor');
  const after = cursor ? decode(cursor) : null;
  const code = params.get('code');
  let ids: string[] | null = null;
  if (code) {
    const matches = await query(
      'with "matches" as materialized (select "persons"."id" from "persons" where "persons"."code" ilike $1) select "matches"."id" from "matches" limit $2',
      [like(code), candidateCap + 1],
    );
    if (matches.length === 0) return { persons: [], nextCursor: null, total: 0, totalMore: false };
    if (matches.length <= candidateCap) ids = matches.map((m) => m.id as string);
  }
  const args: unknown[] = [org, readRelations];
  let where = `where "person_links"."organisation_id" = $1 and ("person_links"."relations" && $2::text[] or false)`;
  if (ids) {
    args.push(ids, ids);
    where += ` and persons.id = any($${args.length - 1}::uuid[]) and person_links.person_id = any($${args.length}::uuid[])`;
  }
  if (code) {
    args.push(like(code));
    where += ` and "persons"."code" ilike $${args.length}`;
  }
  const from = code
    ? `from "person_links" inner join "persons" on "persons"."id" = "person_links"."person_id" ${where}`
    : `from "person_links" ${where}`;
  const order = 'order by "person_links"."created_at" desc, "person_links"."code" desc';
  const pageArgs = [...args];
  let keyset = '';
  if (after) {
    pageArgs.push(after[0], after[1]);
    keyset = ` and ("person_links"."created_at", "person_links"."code") < ($${pageArgs.length - 1}::timestamptz, $${pageArgs.length}::text)`;
  }
  pageArgs.push(limit + 1);
  const rows = await query(
    `select "persons".* from "person_links" inner join "persons" on "persons"."id" = "person_links"."person_id" ${where}${keyset} ${order} limit $${pageArgs.length}`,
    pageArgs,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  let total: Row | undefined;
  if (!after)
    [total] = await query(
      `select count(*) as "n" from (select 1 as "one" ${from} ${order} limit $${args.length + 1}) as "capped"`,
      [...args, countCap + 1],
    );
  const n = Number(total?.n ?? 0);
  return {
    persons: page.map((p) => Object.fromEntries(personListColumns.map((c) => [c, p[c]]))),
    nextCursor: rows.length > limit && last ? encode([iso(last.created_at), last.code]) : null,
    total: total ? Math.min(n, countCap) : null,
    totalMore: n > countCap,
  };
}

/** Each section's branches: one organisation side and its statuses (inbox-query.ts). */
const branches: Record<string, [side: string, statuses: string[]][]> = {
  incoming: [['to_organisation_id', ['sent']]],
  outgoing: [['from_organisation_id', ['sent']]],
  overdue: [
    ['to_organisation_id', ['sent']],
    ['from_organisation_id', ['sent']],
  ],
  inProgress: [['to_organisation_id', ['accepted']]],
  recentlyClosed: [
    ['from_organisation_id', ['declined', 'completed', 'withdrawn']],
    ['to_organisation_id', ['completed']],
  ],
};

/** GET /inbox/:section?limit=&cursor=: a page of one section, named and coded, the first counted. */
export async function inboxSectionPage(
  query: BareQuery,
  org: string,
  section: string,
  params: URLSearchParams,
) {
  const sides = branches[section];
  if (!sides) return undefined;
  const limit = Math.min(Number(params.get('limit') ?? 50), 200);
  const cursor = params.get('cursor');
  const after = cursor ? decode(cursor) : null;
  const closed = section === 'recentlyClosed';
  const key = closed ? 'closed_at' : 'respond_by';
  const dir = closed ? 'desc' : 'asc';
  const now = new Date();
  const since = new Date(now.getTime() - 14 * 86_400_000);
  const branch = (side: string, statuses: string[]) => {
    const args: unknown[] = [org, ...statuses];
    let sql = `from "referrals" where "${side}" = $1 and "status" in (${statuses.map((_, i) => `$${i + 2}`).join(', ')})`;
    if (section === 'overdue') sql += ` and "respond_by" < $${args.push(now)}`;
    if (closed) sql += ` and "closed_at" >= $${args.push(since)}`;
    if (section === 'overdue' && side === 'from_organisation_id')
      sql += ` and "to_organisation_id" <> $${args.push(org)}`;
    return { sql, args };
  };
  const found: Row[] = [];
  for (const [side, statuses] of sides) {
    const b = branch(side, statuses);
    if (after)
      b.sql += ` and ("${key}", id) ${closed ? '<' : '>'} ($${b.args.push(after[0])}::timestamptz, $${b.args.push(after[1])}::uuid)`;
    found.push(
      ...(await query(
        `select * ${b.sql} order by "${key}" ${dir}, "id" ${dir} limit $${b.args.push(limit + 1)}`,
        b.args,
      )),
    );
  }
  const at = (r: Row) => new Date(r[key] as string).getTime();
  found.sort((a, b) => (at(a) - at(b) || (String(a.id) < String(b.id) ? -1 : 1)) * (closed ? -1 : 1));
  const page = found.slice(0, limit);
  const last = page.at(-1);
  let counted: number | null = null;
  if (!after) {
    counted = 0;
    for (const [side, statuses] of sides)
      for (const status of statuses) {
        if (counted > countCap) break;
        const b = branch(side, [status]);
        const [row] = await query(
          `select count(*) as "n" from (select 1 as "one" ${b.sql} order by "${key}" ${dir}, "id" ${dir} limit $${b.args.push(countCap + 1 - counted)}) as "capped"`,
          b.args,
        );
        counted += Number(row?.n ?? 0);
      }
  }
  const orgs = [...new Set(page.flatMap((r) => [r.from_organisation_id, r.to_organisation_id]))];
  const persons = [...new Set(page.map((r) => r.person_id))];
  const marks = (values: unknown[]) => values.map((_, i) => `$${i + 1}`).join(', ');
  const [names, codes] =
    page.length === 0
      ? [[], []]
      : await Promise.all([
          query(`select "id", "name" from "organisations" where "id" in (${marks(orgs)})`, orgs),
          query(`select "id", "code" from "persons" where "id" in (${marks(persons)})`, persons),
        ]);
  const name = new Map(names.map((r) => [r.id, r.name]));
  const codeOf = new Map(codes.map((r) => [r.id, r.code]));
  return {
    referrals: page.map(({ note_sealed: _, ...r }) => ({
      ...r,
      personCode: codeOf.get(r.person_id),
      fromOrganisationName: name.get(r.from_organisation_id),
      toOrganisationName: name.get(r.to_organisation_id),
    })),
    nextCursor: found.length > limit && last ? encode([iso(last[key]), last.id]) : null,
    total: counted === null ? null : Math.min(counted, countCap),
    totalMore: (counted ?? 0) > countCap,
  };
}

/** What a list row shows of a person: no sealed column. */
const personListColumns = [
  'id',
  'code',
  'organisation_id',
  'gender',
  'age_band',
  'child_at_identification',
  'citizenships',
  'status',
  'state_decided',
  'decision_due_at',
  'created_at',
  'updated_at',
];
