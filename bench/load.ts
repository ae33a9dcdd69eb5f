/**
 * National volume under load (issue 21): N concurrent front-line clients (case workers, an
 * investigator, the Victim Assistance Center, the migration service, a shelter) through the HTTP
 * API with session cookies, the mix of the issue: person pages 40 %, person lists with paging
 * 30 % (a first page, then one to three more by cursor), inbox sections 25 %, code search 5 %;
 * with `--writes`, one request in ten is a write instead (register a person, send a referral,
 * withdraw it). Prints throughput, p50/p95/p99 and errors, then the same reads from the bare
 * server of bench/read-path-bare.ts (node:http + pg, the same SQL, no framework: the issue's
 * baseline) in the same run, and the ratio OpenNRM/bare. Its answers are first checked to be
 * OpenNRM's (the same persons and referrals on the first pages).
 * Run: `npx tsx bench/load.ts [clients] [seconds] [persons]` (default 50 20 20000).
 * - `--pg=postgres://...` an existing database (e.g. the 200k cluster; the keys in the
 *   environment; `persons` is then ignored); migrations are applied first.
 * - otherwise PGlite in a throwaway data directory: the demo country and `persons` more of
 *   `opennrm demo --scale`; `--data-dir=PATH` keeps that directory (generated once, reused).
 * - `--in-process`: also the same reads through the use cases without HTTP, session or JSON.
 * - `--smoke`: PGlite, 4 clients, 2 seconds, 100 persons.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '@opennrm/cli';
import { type Ctx, getInboxSection, getPersonFile, listPersons } from '@opennrm/core';
import { startServer } from '@opennrm/server';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { actingAs } from '../packages/cli/src/demo/load-demo-persons.ts';
import { generateScaleCountry } from '../packages/cli/src/demo/scale/index.ts';
import { openRuntime, servingPools } from '../packages/cli/src/runtime/open-runtime.ts';
import { type CpuMeter, cpuMeter } from './cluster-cpu.ts';
import { countQueries } from './count-queries.ts';
import { type BareQuery, startBareServer } from './read-path-bare.ts';
import { seedDataDir, sizeArg, smoke } from './smoke.ts';

const clients = sizeArg(0, 50, 4);
const seconds = sizeArg(1, 20, 2);
const scalePersons = sizeArg(2, 20_000, 100);
const pgUrl = process.argv.find((a) => a.startsWith('--pg='))?.slice('--pg='.length) ?? '';
const writes = process.argv.includes('--writes');
const withInProcess = process.argv.includes('--in-process');
/** `--data-dir=PATH`: PGlite in a directory that is kept (generated on the first run, reused). */
const keptDir = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length) ?? '';
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
  /** CPU per request, ms: this process (clients and servers) and the PostgreSQL cluster. */
  nodeMs: number;
  postgresMs: number;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
function kindOf(withWrites: boolean): Kind {
  if (withWrites && Math.random() < 0.1) return 'write';
  const r = Math.random();
  return r < 0.4 ? 'person' : r < 0.7 ? 'list' : r < 0.95 ? 'inbox' : 'search';
}

/** `clients` loops for `seconds`, each request timed (a list with paging times each page). */
let meter: CpuMeter = cpuMeter(null);
async function drive(make: (i: number) => Client, withWrites = writes): Promise<Result> {
  const times: number[] = [];
  const byKind = new Map<Kind, number[]>();
  let errors = 0;
  let requests = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpu = await meter.start();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const client = make(i);
      while (performance.now() < until) {
        const kind = kindOf(withWrites);
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
  const { nodeMs, postgresMs } = await cpu();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    perSecond: requests / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
    byKind,
    nodeMs: nodeMs / Math.max(1, requests),
    postgresMs: postgresMs / Math.max(1, requests),
  };
}

const dataDir = keptDir || mkdtempSync(join(tmpdir(), 'opennrm-bench-load-'));
process.env.OPENNRM_DATA_DIR = dataDir;
process.env.DATABASE_URL = pgUrl;
// Answers uncompressed, as behind the documented nginx (which compresses on its own cores) and as
// the bare server answers: the ratio compares the same bytes (OPENNRM_COMPRESSION=on adds the
// gzip cost to OpenNRM's side only).
process.env.OPENNRM_COMPRESSION ??= 'off';
try {
  if (!pgUrl && !keptDir) await seedDataDir(dataDir);
  // As `opennrm serve` opens it: the requests' pool with its limits, the reports' own pool.
  const runtime = await openRuntime({ serving: true });
  const fresh = (await runtime.deps.store.users.findByEmail(users[0] as string)) === undefined;
  if (fresh) {
    await loadDemo(runtime.deps);
    if (scalePersons > 0) await generateScaleCountry(runtime, { persons: scalePersons, deps: runtime.deps });
  }
  const server = await startServer(runtime.deps, '127.0.0.1', 0);

  // A setup request again once when the server closed its idle keep-alive socket just as it was
  // reused (PGlite's first reads of a large country take seconds; Node closes after 5 s idle).
  const fetch = async (url: string, init?: RequestInit) => {
    try {
      return await globalThis.fetch(url, init);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
      return globalThis.fetch(url, init);
    }
  };
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

  // The bare server: its own pool as large as the requests' pool (PostgreSQL), or the same
  // embedded database (PGlite: one session either way).
  const pool = pgUrl ? new pg.Pool({ connectionString: pgUrl, max: servingPools.requests.size }) : null;
  const query: BareQuery = pool
    ? async (text, params) => (await pool.query(text, params as unknown[])).rows
    : async (text, params) => (await runtime.db.executeQuery(CompiledQuery.raw(text, [...params]))).rows;
  const bare = await startBareServer(query);
  if (pool)
    meter = cpuMeter(async () =>
      (await pool.query('select pid from pg_stat_activity where datname = current_database()')).rows.map(
        (r) => Number(r.pid),
      ),
    );

  const get = async (headers: Record<string, string>, path: string) => {
    const res = await fetch(path.startsWith('http') ? path : `${server.url}${path}`, { headers });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const post = async (headers: Record<string, string>, path: string, body: unknown) => {
    const res = await globalThis.fetch(`${server.url}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  /** The mix over HTTP, against OpenNRM (`${server.url}/api`) or the bare server (its paths alike). */
  const overHttp =
    (base: string) =>
    (i: number): Client => {
      const s = sessions[i % sessions.length] as (typeof sessions)[number];
      return {
        async run(kind) {
          if (kind === 'person') {
            await get(s.headers, `${base}/persons/${pick(s.persons).id}`);
            return 1;
          }
          if (kind === 'list') {
            let page = await get(s.headers, `${base}/persons?limit=50`);
            const more = 1 + Math.floor(Math.random() * 3);
            let n = 1;
            for (; n <= more && page.nextCursor; n++)
              page = await get(s.headers, `${base}/persons?limit=50&cursor=${page.nextCursor}`);
            return n;
          }
          if (kind === 'inbox') {
            await get(s.headers, `${base}/inbox/${pick(sections)}?limit=20`);
            return 1;
          }
          if (kind === 'search') {
            await get(s.headers, `${base}/persons?limit=20&code=${fragmentOf(pick(s.persons).code)}`);
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
  /**
   * Before timing: the bare server answers what OpenNRM answers, for every user, on the first
   * two pages of the persons list, a code search and each inbox section (the same rows in the
   * same order, the same capped totals), so the ratio compares the same work.
   */
  async function expectSameAnswers(ourBase: string, bareBase: string) {
    const idsOf = (page: Record<string, unknown>) =>
      JSON.stringify([
        ((page.persons ?? page.referrals) as { id: string }[]).map((r) => r.id),
        page.total,
        page.totalMore,
      ]);
    for (const s of sessions) {
      const paths = [
        '/persons?limit=50',
        `/persons?limit=20&code=${fragmentOf(s.persons[0]?.code ?? 'x')}`,
        ...sections.map((section) => `/inbox/${section}?limit=20`),
      ];
      for (const path of paths) {
        const [a, b] = [await get(s.headers, ourBase + path), await get(s.headers, bareBase + path)];
        if (idsOf(a) !== idsOf(b)) throw new Error(`${s.email} ${path}: the bare server answers otherwise`);
        if (path === '/persons?limit=50' && a.nextCursor) {
          const [c, d] = [
            await get(s.headers, `${ourBase}${path}&cursor=${a.nextCursor}`),
            await get(s.headers, `${bareBase}${path}&cursor=${b.nextCursor}`),
          ];
          if (idsOf(c) !== idsOf(d)) throw new Error(`${s.email}: the bare server's second page differs`);
        }
      }
    }
  }
  /** The statements one request of each read sends (the investigator's), OpenNRM's and the bare server's. */
  async function printStatements(ourBase: string, bareBase: string) {
    const s = sessions[1] as (typeof sessions)[number];
    const first = await get(s.headers, `${ourBase}/persons?limit=50`);
    const firstBare = await get(s.headers, `${bareBase}/persons?limit=50`);
    const reads: [string, string, string][] = [
      ['person page', `/persons/${s.persons[0]?.id}`, ''],
      ['list, first page', '/persons?limit=50', ''],
      [
        'list, next page',
        `/persons?limit=50&cursor=${first.nextCursor}`,
        `/persons?limit=50&cursor=${firstBare.nextCursor}`,
      ],
      ['inbox section', '/inbox/overdue?limit=20', ''],
      ['code search', `/persons?limit=20&code=${fragmentOf(s.persons[0]?.code ?? 'x')}`, ''],
    ];
    const counter = countQueries();
    try {
      const line = [];
      for (const [label, path, barePath] of reads) {
        // A small country (smoke) has no second page.
        if (path.endsWith('cursor=null')) continue;
        const ours = await counter.during(async () => void (await get(s.headers, ourBase + path)));
        const theirs = await counter.during(
          async () => void (await get(s.headers, bareBase + (barePath || path))),
        );
        line.push(`${label} ${ours.length} (bare ${theirs.length})`);
      }
      console.log(`statements per request: ${line.join(', ')}`);
    } finally {
      counter.stop();
    }
  }
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
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `database: ${runtime.kind}${pgUrl ? ` (${new URL(pgUrl).pathname.slice(1)})` : ''}; ${clients} clients for ${seconds} s; mix: person 40 %, lists 30 %, inbox 25 %, code search 5 %${writes ? ', writes 10 % of requests' : ''}`,
  );
  for (const s of sessions) console.log(`  ${s.email}: sees ${s.more ? 'more than ' : ''}${s.total} persons`);
  const ourBase = `${server.url}/api`;
  await expectSameAnswers(ourBase, bare.url);
  await printStatements(ourBase, bare.url);
  await drive(overHttp(ourBase)); // warm-up: JIT, plans, pools
  if (!smoke) await drive(overHttp(bare.url), false);
  const ours = await drive(overHttp(ourBase));
  const baseline = await drive(overHttp(bare.url), false);
  const inProcessRun = withInProcess ? await drive(inProcess, false) : null;
  const line = (name: string, r: Result) =>
    `${name} ${r.perSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}; CPU per request ${r.nodeMs.toFixed(2)} ms node${pool ? ` + ${r.postgresMs.toFixed(2)} ms PostgreSQL` : ''}`;
  console.log(line('OpenNRM over HTTP:         ', ours));
  for (const [kind, list] of ours.byKind) {
    list.sort((a, b) => a - b);
    const p95 = list[Math.floor(0.95 * (list.length - 1))] ?? 0;
    console.log(`  ${kind}: ${list.length} done, p95 ${p95.toFixed(1)} ms (a list: all its pages)`);
  }
  console.log(line('bare node:http + pg, reads:', baseline));
  if (inProcessRun) console.log(line('in-process use cases, reads:', inProcessRun));
  console.log(`ratio OpenNRM/bare: ${(ours.perSecond / baseline.perSecond).toFixed(2)}x`);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await bare.close();
  await pool?.end();
  await server.close();
  await runtime.close();
} finally {
  if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
}
