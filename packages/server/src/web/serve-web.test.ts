import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createMemoryStore, createTestDeps } from '@opennrm/core/testing';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app.ts';

function webApp(root: string, compression?: boolean) {
  return createApp({
    ...createTestDeps(createMemoryStore()),
    databaseKind: 'pglite' as const,
    version: 't',
    trustedProxies: [],
    secureCookies: false,
    webRoot: root,
    maxBodyBytes: 1024,
    ...(compression === undefined ? {} : { compression }),
  });
}

describe('serving the web app', () => {
  it('hands out the build-time .br or .gz of an asset to a browser that takes it, the plain file to one that does not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), `<html>${'x'.repeat(4000)}</html>`);
    const code = `console.log(${JSON.stringify('a'.repeat(5000))})`;
    writeFileSync(join(root, 'assets', 'app-9.js'), code);
    writeFileSync(join(root, 'assets', 'app-9.js.br'), brotliCompressSync(code));
    writeFileSync(join(root, 'assets', 'app-9.js.gz'), gzipSync(code));
    const app = webApp(root);
    const br = await app.request('/assets/app-9.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(code);
    const gz = await app.request('/assets/app-9.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(code);
    const plain = await app.request('/assets/app-9.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(code);
    // The page itself is made per request: gzipped on the way out.
    const page = await app.request('/persons', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await page.arrayBuffer())).toString()).toContain('xxxx');
  });

  it('gzips the API answers unless told not to (OPENNRM_COMPRESSION=off behind a proxy that does)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'web-'));
    const accept = { headers: { 'accept-encoding': 'gzip, deflate, br' } };
    const on = await webApp(root).request('/api/openapi.json', accept);
    expect(on.headers.get('content-encoding')).toBe('gzip');
    const document = JSON.parse(gunzipSync(Buffer.from(await on.arrayBuffer())).toString());
    expect(document.openapi).toMatch(/^3\./);
    const off = await webApp(root, false).request('/api/openapi.json', accept);
    expect(off.headers.get('content-encoding')).toBeNull();
    expect((await off.json()).openapi).toBe(document.openapi);
  });

  it('serves index.html for client routes, assets with long caching, and picks up a rebuild', async () => {
    const root = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<html>first build</html>');
    writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log(1)');
    const app = webApp(root);
    const page = await app.request('/persons/123');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('first build');
    const asset = await app.request('/assets/app-123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    writeFileSync(join(root, 'index.html'), '<html>second build</html>');
    utimesSync(join(root, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(await (await app.request('/referrals')).text()).toContain('second build');
    const api = await app.request('/api/nothing-here');
    expect(api.status).toBe(401);
  });
});
