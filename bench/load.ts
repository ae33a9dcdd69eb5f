/**
 * National volume under load (issue 21): N concurrent front-line clients (case workers, an
 * investigator, the Victim Assistance Center, the migration service, a shelter) through the HTTP
 * API with session cookies, the mix of the issue: person pages 40 %, person lists with paging
 * 30 % (a first page, then one to three more by cursor), inbox sections 25 %, code search 5 %;
 * with `--writes`, one request in ten is a write instead (register a person, send a referral,
 * withdraw it). Prints throughput, p50/p95/p99 and errors, then the same mix in-process through
 * the same use cases and SQL without HTTP (the baseline: what the server adds on top) and the
 * ratio OpenNRM/baseline.
 * Run: `npx tsx bench/load.ts [clients] [seconds] [persons]` (default 50 20 20000).
 * - `--pg=postgres://...` an existing database (e.g. the 200k cluster; the keys in the
 *   environment; `persons` is then ignored); migrations are applied first.
 * - otherwise PGlite in a throwaway data directory: the demo country and `persons` more of
 *   `opennrm demo --scale`.
 * - `--smoke`: PGlite, 4 clients, 2 seconds, 100 persons.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '@opennrm/cli';
import { type Ctx, getInboxSection, getPersonFile, listPersons } from '@opennrm/core';
import { startServer } from '@opennrm/server';
import { actingAs } from '../packages/cli/src/demo/load-demo-persons.ts';
import { generateScaleCountry } from '../packages/cli/src/demo/scale/index.ts';
import { openRuntime } from '../packages/cli/src/runtime/open-runtime.ts';
import { seedDataDir, sizeArg } from './smoke.ts';

const clients = sizeArg(0, 50, 4);
const seconds = sizeArg(1, 20, 2);
const scalePersons = sizeArg(2, 20_000, 100);
const pgUrl = process.argv.find((a) => a.startsWith('--pg='))?.slice('--pg='.length) ?? '';
const writes = process.argv.includes('--writes');
const password = 'OpenNRM-demo-2015';
const users = [
  'caseworker@demo.opennrm.org',
  'investigator@demo.opennrm.org',
  'vac@demo.opennrm.org',
  'migration@demo.opennrm.org',
  'ngo-shelter@demo.opennrm.org',
];
const sections = ['incoming', 'outgoing', 'overdue', 'inProgress', 'recentlyClosed'] as const;

type Kind = 'person' | 'list' | 'inbox' | 'search' | 'write';
interface Client {
  /** One request of the kind; the number of HTTP requests (or use-case calls) it made. */
  run(kind: Kind): Promise<number>;
}
interface Result {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  byKind: Map<Kind, number[]>;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
function kindOf(): Kind {
  if (writes && Math.random() < 0.1) return 'write';
  const r = Math.random();
  return r < 0.4 ? 'person' : r < 0.7 ? 'list' : r < 0.95 ? 'inbox' : 'search';
}

/** `clients` loops for `seconds`, each request timed (a list with paging times each page). */
async function drive(make: (i: number) => Client): Promise<Result> {
  const times: number[] = [];
  const byKind = new Map<Kind, number[]>();
  let errors = 0;
  let requests = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const client = make(i);
      while (performance.now() < until) {
        const kind = kindOf();
        const sent = performance.now();
        try {
          const n = await client.run(kind);
          const each = (performance.now() - sent) / n;
          for (let k = 0; k < n; k++) times.push(each);
          requests += n;
          byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - sent]);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(`  ${kind}: ${(error as Error).message.slice(0, 200)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { perSecond: requests / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors, byKind };
}

const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-bench-load-'));
process.env.OPENNRM_DATA_DIR = dataDir;
process.env.DATABASE_URL = pgUrl;
try {
  if (!pgUrl) await seedDataDir(dataDir);
  // As `opennrm serve` opens it: the requests' pool with its limits, the reports' own pool.
  const runtime = await openRuntime({ serving: true });
  const fresh = (await runtime.deps.store.users.findByEmail(users[0] as string)) === undefined;
  if (fresh) {
    await loadDemo(runtime.deps);
    if (scalePersons > 0) await generateScaleCountry(runtime, { persons: scalePersons, deps: runtime.deps });
  }
  const server = await startServer(runtime.deps, '127.0.0.1', 0);

  // One session per user (sign-in is rate-limited per account); clients share them round robin.
  const sessions = await Promise.all(
    users.map(async (email) => {
      const res = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200) throw new Error(`${email}: sign-in ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
      const me = (await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      const headers = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
      const ctx = await actingAs(runtime.deps, email);
      // What this user may open: its first pages' persons and codes.
      const list = (await (await fetch(`${server.url}/api/persons?limit=200`, { headers })).json()) as {
        persons: { id: string; code: string }[];
        total: number;
        totalMore: boolean;
      };
      return { email, headers, ctx, persons: list.persons, total: list.total, more: list.totalMore };
    }),
  );
  const vac = sessions.find((s) => s.email.startsWith('vac'))?.ctx.actor.organisationId ?? '';
  // The VAC refers to the migration service (a referral goes to another organisation).
  const sms = sessions.find((s) => s.email.startsWith('migration'))?.ctx.actor.organisationId ?? '';
  const fragmentOf = (code: string) => code.slice(-5).toLowerCase();

  const get = async (headers: Record<string, string>, path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const post = async (headers: Record<string, string>, path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const overHttp = (i: number): Client => {
    const s = sessions[i % sessions.length] as (typeof sessions)[number];
    return {
      async run(kind) {
        if (kind === 'person') {
          await get(s.headers, `/api/persons/${pick(s.persons).id}`);
          return 1;
        }
        if (kind === 'list') {
          let page = await get(s.headers, '/api/persons?limit=50');
          const more = 1 + Math.floor(Math.random() * 3);
          let n = 1;
          for (; n <= more && page.nextCursor; n++)
            page = await get(s.headers, `/api/persons?limit=50&cursor=${page.nextCursor}`);
          return n;
        }
        if (kind === 'inbox') {
          await get(s.headers, `/api/inbox/${pick(sections)}?limit=20`);
          return 1;
        }
        if (kind === 'search') {
          await get(s.headers, `/api/persons?limit=20&code=${fragmentOf(pick(s.persons).code)}`);
          return 1;
        }
        const { person } = (await post(s.headers, '/api/persons', { gender: 'Feminine' })) as {
          person: { id: string };
        };
        const { referral } = (await post(s.headers, `/api/persons/${person.id}/referrals`, {
          toOrganisationId: s.ctx.actor.organisationId === vac ? sms : vac,
          services: ['legal'],
          shareIdentity: false,
        })) as { referral: { id: string } };
        await post(s.headers, `/api/referrals/${referral.id}/withdraw`, {});
        return 3;
      },
    };
  };
  // The same reads through the same use cases and SQL, in-process: no HTTP, session, validation
  // or JSON (writes are left out of the baseline).
  const inProcess = (i: number): Client => {
    const s = sessions[i % sessions.length] as (typeof sessions)[number];
    const ctx: Ctx = s.ctx;
    return {
      async run(kind) {
        if (kind === 'person') {
          await getPersonFile(ctx, pick(s.persons).id);
          return 1;
        }
        if (kind === 'list') {
          let page = await listPersons(ctx, { limit: 50, withTotal: true });
          const more = 1 + Math.floor(Math.random() * 3);
          let n = 1;
          for (; n <= more && page.next; n++) page = await listPersons(ctx, { limit: 50, after: page.next });
          return n;
        }
        if (kind === 'inbox') {
          await getInboxSection(ctx, { section: pick(sections), limit: 20, withTotal: true });
          return 1;
        }
        if (kind === 'search') {
          await listPersons(ctx, { limit: 20, code: fragmentOf(pick(s.persons).code), withTotal: true });
          return 1;
        }
        return 0;
      },
    };
  };

  console.log(
    `database: ${runtime.kind}${pgUrl ? ` (${new URL(pgUrl).pathname.slice(1)})` : ''}; ${clients} clients for ${seconds} s; mix: person 40 %, lists 30 %, inbox 25 %, code search 5 %${writes ? ', writes 10 % of requests' : ''}`,
  );
  for (const s of sessions) console.log(`  ${s.email}: sees ${s.more ? 'more than ' : ''}${s.total} persons`);
  await drive(overHttp); // warm-up: JIT, plans, pools
  const ours = await drive(overHttp);
  const baseline = await drive(inProcess);
  const line = (name: string, r: Result) =>
    `${name} ${r.perSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`;
  console.log(line('OpenNRM over HTTP:         ', ours));
  for (const [kind, list] of ours.byKind) {
    list.sort((a, b) => a - b);
    const p95 = list[Math.floor(0.95 * (list.length - 1))] ?? 0;
    console.log(`  ${kind}: ${list.length} done, p95 ${p95.toFixed(1)} ms (a list: all its pages)`);
  }
  console.log(line('baseline, in-process reads:', baseline));
  console.log(`ratio OpenNRM/baseline: ${(ours.perSecond / baseline.perSecond).toFixed(2)}x`);
  await server.close();
  await runtime.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
