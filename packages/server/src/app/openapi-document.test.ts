import { publicPaths } from '@opennrm/contracts';
import { createMemoryStore, createTestDeps } from '@opennrm/core/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createApp, openApiDocument } from './create-app.ts';

describe('the OpenAPI document', () => {
  const deps = {
    ...createTestDeps(createMemoryStore()),
    databaseKind: 'pglite' as const,
    version: '1.2.3',
    trustedProxies: [],
    secureCookies: false,
    webRoot: null,
    maxBodyBytes: 1024,
  };
  const app = createApp(deps);

  it('is valid OpenAPI 3.1 against the official schema', async () => {
    const doc = openApiDocument(app, '1.2.3');
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('is served at /api/openapi.json without credentials', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown>; info: { version: string } };
    expect(doc.info.version).toBe('1.2.3');
    expect(Object.keys(doc.paths)).toContain('/api/organisations/{id}/address/reveal');
  });

  it('declares the error body on every operation and public routes as needing no credentials', () => {
    const doc = openApiDocument(app, 'x') as unknown as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const codes = Object.keys(op.responses);
        // A redirect is the success of a browser navigation (leaving for the identity provider).
        expect(
          codes.some((c) => c.startsWith('2') || c === '302'),
          `${method} ${path}`,
        ).toBe(true);
        const isPublic = publicPaths.has(path);
        expect(op.security?.length === 0, `${method} ${path} security`).toBe(isPublic);
        if (!['/api/health', '/api/openapi.json'].includes(path))
          expect(codes, `${method} ${path}`).toContain('400');
      }
    }
  });
});
