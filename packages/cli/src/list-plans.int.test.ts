import {
  type Ctx,
  type Deps,
  getInboxSection,
  inboxSections,
  listAlerts,
  listAuditEvents,
  listPersons,
  personListAccess,
} from '@opennrm/core';
import { codeCandidateCap, createStore } from '@opennrm/db';
import { type TestDatabase, testBackends } from '@opennrm/db/testing';
import { CompiledQuery, type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from './demo/load-demo-persons.ts';
import { generateScaleCountry } from './demo/scale/generate-scale-country.ts';
import { createThrowawayDeps } from './demo/scale/scale-deps.ts';
import { type ReadRows, readPlan } from './testing/read-plan.ts';

/**
 * Issue 21: every list a front-line screen pages through reads about a page of rows from an
 * index, however large the country. The use cases run against a synthetic country big enough
 * that the planner would pick a sequential scan or a sort of everything if the SQL let it; each
 * statement they send is then run again under EXPLAIN ANALYZE, and the rows its scans touched are
 * held to the page (plus a constant) or, for the capped totals, to the cap. PostgreSQL 15 only:
 * that is where a country runs, and PGlite's plans are another major version's.
 */
const persons = 10_000;
const page = 50;
/** Rows a page may read besides its own: the row that says a next page exists, lookups, ties. */
const slack = 60;
const countCap = 500;

const postgres = testBackends().find((backend) => backend.name === 'postgres');

// Without PostgreSQL the int project's set-up says so loudly (and fails under OPENNRM_REQUIRE_ALL).
describe.skipIf(!postgres)('list queries read a page, not the country (EXPLAIN ANALYZE) [postgres]', () => {
  const open = () => postgres!.open();
  let database: TestDatabase;
  let deps: Deps;
  const statements: RootOperationNode[] = [];

  beforeAll(async () => {
    database = await open();
    deps = await createThrowawayDeps(database);
    await generateScaleCountry(database, { persons, seed: 21, deps });
    await seedAlertsAndAudit(database);
    await sql`analyze`.execute(database.db);
  }, 600_000);
  afterAll(() => database?.close());

  /**
   * The statements `run` sends, each read back under EXPLAIN ANALYZE. `indexOnly`: with
   * sequential scans priced out, for the capped counts: at this size a sequential scan that stops
   * at the cap is the planner's right choice, so what is held there is that an index bounds them.
   */
  async function plansOf(
    email: string,
    run: (ctx: Ctx) => Promise<unknown>,
    indexOnly = false,
  ): Promise<ReadRows[]> {
    statements.length = 0;
    const recorder: KyselyPlugin = {
      transformQuery: ({ node }) => {
        // Raw statements too: a section's branches go out as one union, its counts as one sum.
        if (node.kind === 'SelectQueryNode' || node.kind === 'RawNode') statements.push(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const ctx = await actingAs(deps, email);
    await run({ ...ctx, store: createStore(database.db.withPlugin(recorder)) });
    const plans: ReadRows[] = [];
    for (const node of statements) {
      const compiled = database.db.getExecutor().compileQuery(node, { queryId: 'explain' } as never);
      const explained = await database.db.transaction().execute(async (trx) => {
        if (indexOnly) await sql`set local enable_seqscan = off`.execute(trx);
        return trx.executeQuery<{ 'QUERY PLAN': unknown }>(
          CompiledQuery.raw(`explain (analyze, format json) ${compiled.sql}`, [...compiled.parameters]),
        );
      });
      plans.push(readPlan(explained.rows[0]?.['QUERY PLAN'], compiled.sql));
    }
    return plans;
  }

  const bigTables = ['persons', 'person_links', 'referrals', 'alerts', 'audit_events', 'screenings'];
  /** A page's statements read at most the page plus slack rows, through indexes only. */
  function expectPageReads(plans: ReadRows[], bound = page + slack) {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const seq = plan.seqScans.filter((t) => bigTables.includes(t));
      expect(seq, `sequential scan in ${plan.sql}`).toEqual([]);
      expect(plan.rowsRead, `rows read by ${plan.sql}\n${plan.scans.join('\n')}`).toBeLessThanOrEqual(bound);
    }
  }
  /**
   * The first page also counts, up to the cap: bounded by the cap, never by the country. The
   * same SQL with a cap of 500 (the app's is 1 000, about what this country's lists hold), so that
   * reading everything would show: a hash join or a full walk reads thousands. Up to four rows
   * per counted one: links of other relations filtered out, statuses sharing an index.
   */
  function expectCapped(plans: ReadRows[]) {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan.rowsRead, `${plan.sql}\n${plan.scans.join('\n')}`).toBeLessThanOrEqual(
        4 * (countCap + 1) + slack,
      );
    }
  }

  const frontLine = ['investigator@demo.opennrm.org', 'caseworker@demo.opennrm.org', 'vac@demo.opennrm.org'];

  it('persons: the first page, a later page and each order', async () => {
    for (const email of frontLine) {
      for (const sort of ['newest', 'oldest', 'code_asc', 'code_desc'] as const) {
        let after: Awaited<ReturnType<typeof listPersons>>['next'] = null;
        const first = await plansOf(email, async (ctx) => {
          after = (await listPersons(ctx, { limit: page, sort })).next;
        });
        expectPageReads(first);
        expect(after, `${email} sees more than a page`).not.toBeNull();
        const cursor = after ?? undefined;
        expectPageReads(
          await plansOf(email, (ctx) => listPersons(ctx, { limit: page, sort, after: cursor })),
        );
      }
    }
  });

  /**
   * A code fragment, `0042` as in the issue (110 codes hold it here, 31 of them visible): the
   * trigram index names the candidates, capped (codeCandidateCap; a broader fragment walks the
   * list, where matches are dense), and the page and the total look those up by id. Before, the
   * page walked the organisation's list until it filled: 6 394 rows read, 13 201 for the total.
   * Sequential scans priced out: at this size the planner rightly reads the small table whole.
   */
  it('persons: a code fragment reads its capped trigram candidates, not the list', async () => {
    const bound = 2 * (codeCandidateCap + 1) + slack;
    for (const email of frontLine) {
      for (const sort of ['newest', 'code_asc'] as const) {
        let codes: string[] = [];
        let total: number | undefined;
        const plans = await plansOf(
          email,
          async (ctx) => {
            const result = await listPersons(ctx, { limit: page, sort, code: '0042', withTotal: true });
            codes = result.persons.map((p) => p.code);
            total = result.total?.count;
          },
          true,
        );
        expectPageReads(plans, bound);
        expect(codes.length, `${email} finds some 0042`).toBeGreaterThan(0);
        for (const code of codes) expect(code).toContain('0042');
        expect(total).toBe(codes.length);
      }
    }
  });

  it('persons: the capped total of the first page', async () => {
    for (const email of frontLine) {
      expectCapped(
        await plansOf(email, (ctx) =>
          ctx.store.persons.count({}, personListAccess(ctx.actor, ['read']), countCap),
        ),
      );
    }
  });

  it('inbox: every section, first and next page, both orders', async () => {
    for (const email of frontLine) {
      for (const section of inboxSections) {
        // Overdue and recently closed read two branches (each a page at most) in one statement.
        const bound =
          section === 'overdue' || section === 'recentlyClosed' ? 2 * (page + 1) + slack : undefined;
        for (const order of ['asc', 'desc'] as const) {
          let next: Awaited<ReturnType<typeof getInboxSection>>['next'] = null;
          expectPageReads(
            await plansOf(email, async (ctx) => {
              next = (await getInboxSection(ctx, { section, order, limit: page })).next;
            }),
            bound,
          );
          const after = next ?? undefined;
          if (after)
            expectPageReads(
              await plansOf(email, (ctx) => getInboxSection(ctx, { section, order, limit: page, after })),
              bound,
            );
        }
        const counted = await plansOf(email, (ctx) =>
          ctx.store.referrals.countInboxSection(
            {
              section,
              organisationId: ctx.actor.organisationId,
              now: new Date(),
              recentSince: new Date(Date.now() - 14 * 86_400_000),
            },
            countCap,
          ),
        );
        // Recently closed too, one status at a time (it read 2 873 rows through closed_at).
        expectCapped(counted);
      }
    }
  });

  it('alerts and the audit trail: first and next page', async () => {
    let next: Awaited<ReturnType<typeof listAlerts>>['next'] = null;
    const email = 'vac@demo.opennrm.org';
    expectPageReads(
      await plansOf(email, async (ctx) => {
        next = (await listAlerts(ctx, { limit: page })).next;
      }),
      2 * (page + 1) + slack,
    );
    const after = next ?? undefined;
    expect(after).toBeDefined();
    expectPageReads(
      await plansOf(email, (ctx) => listAlerts(ctx, { limit: page, after })),
      2 * (page + 1) + slack,
    );
    expectCapped(
      await plansOf(email, (ctx) =>
        ctx.store.alerts.countForOrganisation(ctx.actor.organisationId, countCap),
      ),
    );

    const auditor = 'auditor@demo.opennrm.org';
    expectPageReads(
      await plansOf(auditor, (ctx) => listAuditEvents(ctx, { limit: page, beforeSeq: 15_000 })),
    );
    expectPageReads(
      await plansOf(auditor, (ctx) =>
        listAuditEvents(ctx, { limit: page, action: 'person.viewed', beforeSeq: 19_000 }),
      ),
    );
  });
});

/** Alerts between organisations and an audit trail of 20 000 events: the scale generator writes neither. */
async function seedAlertsAndAudit(database: TestDatabase): Promise<void> {
  // Between every pair of neighbouring organisations: the VAC is a party to two in eleven.
  await sql`insert into alerts (id, from_organisation_id, to_organisation_id, subject, title, details_sealed,
      status, person_ids, created_by, created_at, updated_at)
    select gen_random_uuid(), o.ids[1 + i % o.n], o.ids[1 + (i + 1) % o.n], 'workplace', 'Alert ' || i, 'sealed',
      'open', '{}', gen_random_uuid(), now() - i * interval '1 hour', now() - i * interval '1 hour'
    from generate_series(1, 6000) i
    cross join (select array_agg(id order by id) ids, count(*)::int n from organisations) o`.execute(
    database.db,
  );
  await sql`insert into audit_events (seq, at, action, entity_type, entity_id, prev_hash, hash)
    select coalesce((select max(seq) from audit_events), 0) + i, now(),
      case when i % 100 = 0 then 'person.viewed' else 'referral.sent' end, 'person', gen_random_uuid()::text, 'x', 'x'
    from generate_series(1, 20000) i`.execute(database.db);
}
