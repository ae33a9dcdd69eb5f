import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../serve.ts';
import { nginxAvailable, type RunningNginx, startNginx } from '../testing/nginx-proxy.ts';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

/** The client: another loopback address than the proxy's, so the two can be told apart. */
const client = '127.0.0.2';
const hashedAsset = 'index-4f9c2a1b.js';

/**
 * OpenNRM behind Debian's nginx running the documented configuration
 * (docs/operations/nginx/opennrm.conf) with a certificate made at test time: what a browser and
 * the audit trail see through it, and what a client that bypasses it cannot pretend.
 */
const suite = nginxAvailable() ? describeEachBackend : skipped;

suite('behind nginx with TLS', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let server: RunningServer;
  let nginx: RunningNginx;
  let webRoot: string;

  beforeAll(async () => {
    database = await open();
    webRoot = mkdtempSync(join(tmpdir(), 'opennrm-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>OpenNRM</title>');
    writeFileSync(join(webRoot, 'assets', hashedAsset), 'export const x = 1;\n'.repeat(500));
    // Only the proxy's address is trusted, as docs/operations/opennrm.service sets it.
    t = await createTestApp(database, { trustedProxies: ['127.0.0.1'], webRoot });
    server = await startServer(t.deps, '127.0.0.1', 0);
    nginx = await startNginx(Number(new URL(server.url).port));
  });
  afterAll(async () => {
    await nginx?.stop();
    await server?.close();
    await database?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  const call = (base: string, path: string, init: Init = {}) =>
    send(`${base}${path}`, { ...init, ca: nginx.certificate });
  const signIn = (base: string, headers: Record<string, string> = {}) =>
    call(base, '/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: t.users.case_worker.email, password: testPassword }),
    });
  const auditOf = async (requestId: string | undefined) =>
    (await t.deps.store.audit.list({ action: 'auth.signed_in', limit: 50 })).find(
      (e) => e.requestId === requestId,
    );

  it("signs in over HTTPS: a Secure cookie, the client's address and nginx's request id in the audit", async () => {
    // A client naming another address gets nowhere: nginx appends the one it saw.
    const res = await signIn(nginx.httpsUrl, { 'x-forwarded-for': '203.0.113.9' });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^opennrm_session=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('; Secure');
    expect(cookie).toContain('SameSite=Strict');
    const requestId = String(res.headers['x-request-id']);
    expect(requestId).toMatch(/^[0-9a-f]{32}$/); // nginx's $request_id, kept
    expect((await auditOf(requestId))?.clientIp).toBe(client);
    expect(nginx.accessLog()).toContain(`${client} `);
    expect(nginx.accessLog()).toContain(requestId);

    const me = await call(nginx.httpsUrl, '/api/me', {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(me.status).toBe(200);
  });

  it('compresses answers and keeps hashed assets for a year', async () => {
    const api = await call(nginx.httpsUrl, '/api/openapi.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(api.status).toBe(200);
    expect(api.headers['content-encoding']).toBe('gzip');
    const document = JSON.parse(gunzipSync(api.body).toString()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');

    const asset = await call(nginx.httpsUrl, `/assets/${hashedAsset}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(asset.body).toString()).toContain('export const x = 1;');
  });

  it('sends plain HTTP to HTTPS, and keeps /metrics from outside', async () => {
    const plain = await call(nginx.httpUrl, '/persons?tab=open');
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://127.0.0.1/persons?tab=open');
    expect((await call(nginx.httpsUrl, '/metrics')).status).toBe(404);
  });

  it('believes no forwarding header from a client that bypasses the proxy', async () => {
    const res = await signIn(server.url, {
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-proto': 'https',
      'x-request-id': 'f3b1c2d4e5a6978812345678deadbeef',
    });
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).not.toContain('Secure');
    const requestId = String(res.headers['x-request-id']);
    expect(requestId).not.toBe('f3b1c2d4e5a6978812345678deadbeef');
    expect((await auditOf(requestId))?.clientIp).toBe(client);
  });
});

type Init = { method?: string; headers?: Record<string, string>; body?: string };
type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One request from the client's address; the certificate is verified against the test's own. */
function send(url: string, init: Init & { ca: string }): Promise<Answer> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: init.method ?? 'GET', headers: init.headers, localAddress: client, ca: init.ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.once('error', reject);
    req.end(init.body);
  });
}

/** Without nginx (and without OPENNRM_REQUIRE_ALL): reported as skipped, loudly, above. */
function skipped(title: string): void {
  describe.skip(title, () => {
    it('needs nginx', () => {});
  });
}
