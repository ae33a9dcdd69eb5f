import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  createPersonRoute,
  duplicateCheckRoute,
  duplicateContactRoute,
  exportHtcdsRoute,
  getPersonRoute,
  importHtcdsRoute,
  listPersonsRoute,
  revealIdentityRoute,
  searchPersonsRoute,
  updatePersonRoute,
} from '@opennrm/contracts';
import {
  type CappedCount,
  createPerson,
  exportPersonHtcds,
  findPossibleDuplicates,
  getPersonFile,
  importPersonHtcds,
  listPersons,
  type PersonCursor,
  type PersonPage,
  requestDuplicateContact,
  revealPersonIdentity,
  updatePerson,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { decodeCursor, encodeCursor, instantPart, textPart } from '../presenters/page-cursor.ts';
import { presentPerson, presentPersonFile } from '../presenters/person-presenters.ts';

const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

function afterOf(cursor: string | undefined): PersonCursor | undefined {
  if (!cursor) return undefined;
  const [createdAt, code] = decodeCursor<[string, string]>(cursor, [instantPart, textPart]);
  return { createdAt: new Date(createdAt), code };
}

function presentPage(page: PersonPage & { total?: CappedCount }, now: Date) {
  const next = page.next;
  return {
    persons: page.persons.map((p) => presentPerson(p, now)),
    nextCursor: next ? encodeCursor([next.createdAt.toISOString(), next.code]) : null,
    total: page.total?.count ?? null,
    totalMore: page.total?.more ?? false,
  };
}

export function registerPersonRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listPersonsRoute, async (c) => {
    const { cursor, ...q } = c.req.valid('query');
    const ctx = ctxOf(c);
    const after = afterOf(cursor);
    const page = await listPersons(ctx, {
      ...q,
      child: flag(q.child),
      overdue: flag(q.overdue),
      ngoOnly: flag(q.ngoOnly),
      reflectionEnding: flag(q.reflectionEnding),
      limit: q.limit ?? 50,
      ...(after ? { after } : {}),
      // The first page counts (capped); the next ones keep that figure instead of recounting.
      withTotal: !after,
    });
    return c.json(presentPage(page, ctx.clock.now()), 200);
  });

  app.openapi(searchPersonsRoute, async (c) => {
    const { cursor, limit, ...q } = c.req.valid('json');
    const ctx = ctxOf(c);
    const after = afterOf(cursor);
    const page = await listPersons(ctx, {
      ...q,
      limit: limit ?? 50,
      ...(after ? { after } : {}),
      withTotal: !after,
    });
    c.header('Cache-Control', 'no-store');
    return c.json(presentPage(page, ctx.clock.now()), 200);
  });

  app.openapi(createPersonRoute, async (c) => {
    const ctx = ctxOf(c);
    const { person, possibleDuplicates } = await createPerson(ctx, c.req.valid('json'));
    return c.json({ person: presentPerson(person, ctx.clock.now()), possibleDuplicates }, 201);
  });

  app.openapi(duplicateCheckRoute, async (c) => {
    const { duplicates } = await findPossibleDuplicates(ctxOf(c), c.req.valid('json'));
    return c.json({ possibleDuplicates: duplicates }, 200);
  });

  app.openapi(duplicateContactRoute, async (c) => {
    return c.json(await requestDuplicateContact(ctxOf(c), c.req.valid('json')), 202);
  });

  app.openapi(getPersonRoute, async (c) => {
    const ctx = ctxOf(c);
    const file = await getPersonFile(ctx, c.req.valid('param').id);
    return c.json(presentPersonFile(file, ctx.clock.now()), 200);
  });

  app.openapi(updatePersonRoute, async (c) => {
    const ctx = ctxOf(c);
    const person = await updatePerson(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json({ person: presentPerson(person, ctx.clock.now()) }, 200);
  });

  app.openapi(revealIdentityRoute, async (c) => {
    const revealed = await revealPersonIdentity(
      ctxOf(c),
      c.req.valid('param').id,
      c.req.valid('json').reason ?? null,
    );
    c.header('Cache-Control', 'no-store');
    return c.json({ identity: { ...revealed.identity }, decisionGrounds: revealed.decisionGrounds }, 200);
  });

  app.openapi(exportHtcdsRoute, async (c) => {
    const record = await exportPersonHtcds(ctxOf(c), c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json(record, 200);
  });

  app.openapi(importHtcdsRoute, async (c) => {
    const ctx = ctxOf(c);
    const imported = await importPersonHtcds(ctx, c.req.valid('json'));
    return c.json({ ...imported, person: presentPerson(imported.person, ctx.clock.now()) }, 201);
  });
}
