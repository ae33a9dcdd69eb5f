import { createStore } from '@opennrm/db';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app/create-app.ts';
import { startServer } from '../serve.ts';
import { captureLogs, findInLogs } from '../testing/capture-logs.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const token = 'metrics-token-for-the-test-0123456789';

describeEachBackend('liveness, readiness and metrics', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, { metricsToken: token });
    await t.deps.store.jobs.ensure([{ kind: 'mail', intervalSeconds: 30 }], new Date());
  });
  afterAll(() => database?.close());

  it('answers /healthz and /readyz without credentials, and /readyz only while the database answers', async () => {
    expect((await t.request('GET', '/healthz')).status).toBe(200);
    const ready = await t.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: database.kind });
  });

  it('gives Prometheus text to the scraper with the token, counting requests by route pattern, not path', async () => {
    const headers = await t.signInAs('case_worker');
    const person = await t.request('POST', '/api/persons', {
      headers,
      body: {
        gender: 'Feminine',
        citizenships: ['PH'],
        identity: { givenNames: 'Marisol', familyName: 'Reyes' },
        confirmDuplicates: true,
      },
    });
    const { id } = ((await person.json()) as { person: { id: string } }).person;
    expect((await t.request('GET', `/api/persons/${id}`, { headers })).status).toBe(200);

    expect((await t.request('GET', '/metrics')).status).toBe(401);
    const wrong = await t.request('GET', '/metrics', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const res = await t.request('GET', '/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(
      'opennrm_http_requests_total{method="GET",route="/api/persons/:id",status="200"} 1',
    );
    expect(text).toContain(
      'opennrm_http_requests_total{method="POST",route="/api/auth/sign-in",status="200"}',
    );
    expect(text).toMatch(
      /opennrm_http_request_duration_seconds_bucket\{le="0.5",method="GET",route="\/api\/persons\/:id"\} 1/,
    );
    expect(text).toContain('opennrm_job_runs_total{kind="mail"} 0');
    // No id, name or email of anyone: labels are closed sets.
    for (const secret of [id, 'Marisol', 'Reyes', t.users.case_worker.email])
      expect(text).not.toContain(secret);
  });

  it('shows the reports replica: up and its lag, or down when the URL names a primary', async () => {
    // The lag of a real standby is tested in db's replica.int.test.ts; here, what a scrape shows.
    const onReplica = createApp({
      ...t.deps,
      replicaConfigured: true,
      store: createStore(database.db, { replica: database.db }),
    });
    const scrape = async (app: ReturnType<typeof createApp>) =>
      (await app.request('/metrics', { headers: { authorization: `Bearer ${token}` } })).text();
    const text = await scrape(onReplica);
    expect(text).toContain('opennrm_replica_up 0');
    expect(text).toContain('opennrm_replica_lag_seconds 0');
    expect(await scrape(t.app)).not.toContain('opennrm_replica_');
  });

  it('has no /metrics at all when no token is configured', async () => {
    const bare = createApp({ ...t.deps, metricsToken: null });
    expect((await bare.request('/metrics')).status).toBe(404);
  });

  it('writes one access log line per request when asked: request id, route pattern, status; never the path', async () => {
    const logs = captureLogs();
    const logged = createApp({ ...t.deps, accessLog: true, logger: logs.logger });
    const headers = await t.signInAs('case_worker');
    const id = crypto.randomUUID();
    const res = await logged.request(`/api/persons/${id}?q=Marisol`, { headers });
    const [line] = logs.lines.filter((l) => l.includes('"http.request"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      level: 'info',
      event: 'http.request',
      requestId: res.headers.get('x-request-id'),
      method: 'GET',
      route: '/api/persons/:id',
      status: 404,
    });
    expect(line).not.toContain(id);
    expect(line).not.toContain('Marisol');
  });

  it('logs a failure with its request id, class and frames, never the message that quotes the data', async () => {
    const logs = captureLogs();
    // The store fails the way a database does, with the value that made it fail in the message.
    const persons = new Proxy(t.deps.store.persons, {
      get: (target, key) =>
        key === 'get'
          ? () => {
              throw Object.assign(new Error('Key (family_name)=(Reyes Marisol) already exists.'), {
                code: '23505',
                detail: 'Key (family_name)=(Reyes Marisol)',
              });
            }
          : Reflect.get(target, key),
    });
    const failing = createApp({ ...t.deps, store: { ...t.deps.store, persons }, logger: logs.logger });
    const headers = await t.signInAs('case_worker');
    const res = await failing.request(`/api/persons/${crypto.randomUUID()}`, { headers });
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id');
    expect(((await res.json()) as { error: { details: unknown } }).error.details).toEqual({ requestId });
    const line = logs.lines.find((l) => l.includes('http.unhandled_error')) ?? '';
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      requestId,
      err: { type: 'Error', code: '23505' },
    });
    expect(JSON.parse(line).err.frames.length).toBeGreaterThan(0);
    expect(findInLogs(logs.lines, ['Marisol', 'Reyes', 'family_name'])).toEqual([]);
  });

  it('is not ready while the database lacks a migration this code knows', async () => {
    const [latest] = await database.db
      .selectFrom('opennrm_migrations')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .execute();
    if (!latest) throw new Error('the test database is not migrated');
    await database.db.deleteFrom('opennrm_migrations').where('version', '=', latest.version).execute();
    try {
      const res = await t.request('GET', '/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'not_ready',
        database: database.kind,
        missingMigrations: [latest.version],
      });
      expect((await t.request('GET', '/healthz')).status).toBe(200);
    } finally {
      await database.db.insertInto('opennrm_migrations').values(latest).execute();
    }
    expect((await t.request('GET', '/readyz')).status).toBe(200);
  });

  it("keeps a trusted proxy's X-Request-Id and replaces anyone else's", async () => {
    const direct = await startServer(t.deps, '127.0.0.1', 0);
    const proxied = await startServer({ ...t.deps, trustedProxies: ['127.0.0.1'] }, '127.0.0.1', 0);
    try {
      const sent = { 'x-request-id': 'f3b1c2d4e5a6978812345678deadbeef' };
      const fromProxy = await fetch(`${proxied.url}/healthz`, { headers: sent });
      expect(fromProxy.headers.get('x-request-id')).toBe(sent['x-request-id']);
      const fromClient = await fetch(`${direct.url}/healthz`, { headers: sent });
      expect(fromClient.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const malformed = await fetch(`${proxied.url}/healthz`, { headers: { 'x-request-id': 'a b"<' } });
      expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
