import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createApp } from '../app/create-app.ts';
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

  it('has no /metrics at all when no token is configured', async () => {
    const bare = createApp({ ...t.deps, metricsToken: null });
    expect((await bare.request('/metrics')).status).toBe(404);
  });

  it('writes one access log line per request when asked: request id, route pattern, status; never the path', async () => {
    const logged = createApp({ ...t.deps, accessLog: true });
    const headers = await t.signInAs('case_worker');
    const id = crypto.randomUUID();
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    let res: Response;
    try {
      res = await logged.request(`/api/persons/${id}?q=Marisol`, { headers });
    } finally {
      write.mockRestore();
    }
    const [line] = lines.filter((l) => l.includes('"http.request"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      event: 'http.request',
      requestId: res.headers.get('x-request-id'),
      method: 'GET',
      route: '/api/persons/:id',
      status: 404,
    });
    expect(line).not.toContain(id);
    expect(line).not.toContain('Marisol');
  });
});
