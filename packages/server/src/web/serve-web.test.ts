import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, createTestDeps } from '@opennrm/core/testing';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app.ts';

describe('serving the web app', () => {
  it('serves index.html for client routes, assets with long caching, and picks up a rebuild', async () => {
    const root = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<html>first build</html>');
    writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log(1)');
    const deps = {
      ...createTestDeps(createMemoryStore()),
      databaseKind: 'pglite' as const,
      version: 't',
      trustedProxies: [],
      secureCookies: false,
      webRoot: root,
      maxBodyBytes: 1024,
    };
    const app = createApp(deps);
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
