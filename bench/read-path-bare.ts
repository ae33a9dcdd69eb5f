import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inboxSectionPage, personListPage } from './read-path-bare-lists.ts';

/** One statement with positional parameters, rows back (a pg pool, or the embedded database). */
export type BareQuery = (text: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;
type Row = Record<string, unknown>;

/**
 * The baseline of bench/read-path.ts: what the person page and the referral list cost with the
 * simplest code. node:http, no framework, no validation layer, no stores: the session lookup the
 * app does (SHA-256 of the cookie, the session, the user with its roles, the organisation) and
 * then the statements the app's stores run for the page, copied from them, rows mapped to JSON.
 * Access is the same relationship test (owner, active share, open referral), written inline.
 * bench/load.ts also asks it for the lists of its mix (read-path-bare-lists.ts).
 */
export async function startBareServer(query: BareQuery) {
  const one = async (text: string, params: unknown[]) => (await query(text, params))[0];

  async function actorOf(cookie: string | undefined) {
    const token = /(?:^|;\s*)opennrm_session=([^;]+)/.exec(cookie ?? '')?.[1];
    if (!token) return undefined;
    const hash = createHash('sha256').update(token, 'utf8').digest('hex');
    const session = await one('select * from "sessions" where "token_hash" = $1', [hash]);
    if (!session || (session.expires_at as Date) <= new Date()) return undefined;
    const user = await one(
      'select "users".*, array(select ur.role from user_roles ur where ur.user_id = users.id order by ur.role) as "roles" from "users" where "users"."id" = $1',
      [session.user_id],
    );
    if (!user?.active) return undefined;
    const organisation = await one('select * from "organisations" where "id" = $1', [user.organisation_id]);
    return organisation?.active ? { organisationId: organisation.id as string } : undefined;
  }

  async function personPage(organisationId: string, id: string): Promise<object | number> {
    const person = await one('select * from "persons" where "id" = $1', [id]);
    const facts = await one(accessFactsSql, [id]);
    if (!person || !facts) return 404;
    const shares = facts.shares as Row[];
    const open = (facts.referrals as Row[]).filter((r) => r.status === 'sent' || r.status === 'accepted');
    const holders = [
      ...new Set([
        facts.owner as string,
        ...shares.map((s) => s.organisation_id as string),
        ...open.map((r) => r.to_organisation_id as string),
      ]),
    ];
    if (!holders.includes(organisationId)) return 403;
    const settings = await one('select "value" from "configuration" where "key" = $1', ['identification']);
    const country = (settings?.value as { countryCode?: string } | undefined)?.countryCode ?? 'AZ';
    const exploitation = await one('select * from "exploitations" where "person_id" = $1', [id]);
    const seen = facts.owner === organisationId ? holders : [facts.owner as string, organisationId];
    const names = await query(
      `select "id", "name" from "organisations" where "id" in (${marks(seen)})`,
      seen,
    );
    const screenings = await query(
      'select * from "screenings" where "person_id" = $1 order by "screened_at", "recorded_at", "id"',
      [id],
    );
    const decisions = await query(
      'select * from "identification_decisions" where "person_id" = $1 order by "recorded_at", "id"',
      [id],
    );
    const citizenships = person.citizenships as string[];
    return {
      person: Object.fromEntries(personColumns.map((c) => [c, person[c]])),
      screenings,
      decisions: decisions.map(({ grounds_sealed: _, ...d }) => d),
      exploitation: exploitation ?? null,
      organisations: names.map((n) => ({ ...n, owner: n.id === facts.owner })),
      foreign: citizenships.length === 0 ? null : !citizenships.includes(country),
    };
  }

  async function inbox(org: string): Promise<object> {
    const since = new Date(Date.now() - 14 * 86_400_000);
    const sections = {
      incoming: await query(
        'select * from "referrals" where "to_organisation_id" = $1 and "status" = $2 order by "respond_by", "id" limit $3',
        [org, 'sent', 100],
      ),
      outgoing: await query(
        'select * from "referrals" where "from_organisation_id" = $1 and "status" = $2 order by "respond_by", "id" limit $3',
        [org, 'sent', 100],
      ),
      overdue: await query(
        'select * from "referrals" where ("to_organisation_id" = $1 or "from_organisation_id" = $2) and "status" = $3 and "respond_by" < $4 order by "respond_by", "id" limit $5',
        [org, org, 'sent', new Date(), 100],
      ),
      inProgress: await query(
        'select * from "referrals" where "to_organisation_id" = $1 and "status" = $2 order by "respond_by", "id" limit $3',
        [org, 'accepted', 100],
      ),
      recentlyClosed: await query(
        'select * from "referrals" where (("from_organisation_id" = $1 and "status" in ($2, $3, $4)) or ("to_organisation_id" = $5 and "status" = $6)) and "closed_at" >= $7 order by "closed_at" desc, "id" limit $8',
        [org, 'declined', 'completed', 'withdrawn', org, 'completed', since, 100],
      ),
    };
    const unread = await one(
      'select count(*) as "unread" from "notifications" where "organisation_id" = $1 and "read_at" is null',
      [org],
    );
    // One read of names and one of codes for the whole page.
    const all = Object.values(sections).flat();
    const orgs = [...new Set(all.flatMap((r) => [r.from_organisation_id, r.to_organisation_id]))];
    const persons = [...new Set(all.map((r) => r.person_id))];
    const names = new Map(
      all.length === 0
        ? []
        : (await query(`select "id", "name" from "organisations" where "id" in (${marks(orgs)})`, orgs)).map(
            (r) => [r.id, r.name],
          ),
    );
    const codes = new Map(
      all.length === 0
        ? []
        : (await query(`select "id", "code" from "persons" where "id" in (${marks(persons)})`, persons)).map(
            (r) => [r.id, r.code],
          ),
    );
    const present = ({ note_sealed: _, ...r }: Row) => ({
      ...r,
      personCode: codes.get(r.person_id),
      fromOrganisationName: names.get(r.from_organisation_id),
      toOrganisationName: names.get(r.to_organisation_id),
    });
    return {
      ...Object.fromEntries(Object.entries(sections).map(([k, rows]) => [k, rows.map(present)])),
      unreadNotifications: Number(unread?.unread ?? 0),
    };
  }

  const send = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    (async () => {
      const actor = await actorOf(req.headers.cookie);
      if (!actor) return send(res, 401, { error: 'unauthenticated' });
      const url = new URL(req.url ?? '/', 'http://bare');
      const person = /^\/persons\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
      if (person) {
        const page = await personPage(actor.organisationId, person);
        return typeof page === 'number' ? send(res, page, { error: page }) : send(res, 200, page);
      }
      if (url.pathname === '/inbox') return send(res, 200, await inbox(actor.organisationId));
      // The load bench's lists (bench/load.ts): the persons list and one inbox section.
      if (url.pathname === '/persons')
        return send(res, 200, await personListPage(query, actor.organisationId, url.searchParams));
      const section = /^\/inbox\/(\w+)$/.exec(url.pathname)?.[1];
      const sectionPage = section
        ? await inboxSectionPage(query, actor.organisationId, section, url.searchParams)
        : undefined;
      if (sectionPage) return send(res, 200, sectionPage);
      send(res, 404, { error: 'not found' });
    })().catch((error: Error) => send(res, 500, { error: error.message }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** `$1, $2, ...`: the placeholders of an `in` list, as Kysely writes it. */
const marks = (values: readonly unknown[]) => values.map((_, i) => `$${i + 1}`).join(', ');

/** What the person page shows of the person row: no sealed column. */
const personColumns = [
  'id',
  'code',
  'organisation_id',
  'gender',
  'birth_year',
  'age_band',
  'child_at_identification',
  'citizenships',
  'languages',
  'status',
  'status_body_type',
  'status_decided_at',
  'state_decided',
  'first_screened_at',
  'decision_due_at',
  'created_at',
  'updated_at',
];

/** PersonStore.accessFacts (db/src/stores/access-facts-query.ts), as it runs. */
const accessFactsSql = `select p.id as person_id, p.organisation_id as owner,
  coalesce(p.child_at_identification, false) or coalesce(e.child_at_exploitation, false) as child,
  coalesce((select json_agg(json_build_object('organisation_id', a.organisation_id,
      'share_identity', a.share_identity, 'consent_id', a.consent_id) order by a.since)
    from person_access a where a.person_id = p.id and a.until is null), '[]') as shares,
  coalesce((select json_agg(json_build_object('id', r.id,
      'from_organisation_id', r.from_organisation_id, 'to_organisation_id', r.to_organisation_id,
      'status', r.status, 'share_identity', r.share_identity,
      'parent_referral_id', r.parent_referral_id) order by r.sent_at)
    from referrals r where r.person_id = p.id), '[]') as referrals,
  coalesce((select json_agg(json_build_object('id', c.id, 'purposes', c.purposes,
      'organisation_ids', c.organisation_ids, 'withdrawn', c.withdrawn_at is not null)
      order by c.recorded_at)
    from consents c where c.person_id = p.id), '[]') as consents
from persons p left join exploitations e on e.person_id = p.id
where p.id = $1`;
