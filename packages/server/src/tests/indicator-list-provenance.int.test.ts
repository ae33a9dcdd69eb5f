import { findShippedIndicatorList } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Summary = { key: string; version: number; status: string; underReview: string[]; provenance?: unknown };
type List = Summary & {
  provenance: { source: { publication: string } | null; verification?: { byName: string; document: string } };
  indicators: {
    key: string;
    provenance?: { status: string; derivedFrom?: string; review?: { ru: string } };
  }[];
};

/**
 * Issue 18 over HTTP on both databases: the API says how sure each list is, item by item; a
 * screening keeps the status of the version it used; an administrator verifies a version (once,
 * audited, flagged items confirmed) or loads a corrected one, which cannot call itself verified.
 */
describeEachBackend('indicator list provenance over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  const screen = async (personId: string) => {
    const res = await t.request('POST', `/api/persons/${personId}/screenings`, {
      headers: await t.signInAs('case_worker'),
      body: {
        listKey: 'ilo-ec-2009-child-labour',
        population: 'child',
        answers: [{ indicator: 'exploitative_conditions.excessive_hours', answer: 'yes' }],
        outcome: 'presumed_victim',
        outcomeReason: 'Recruited by her aunt without deception; exploited in a workshop.',
      },
    });
    expect(res.status).toBe(201);
    return (
      (await res.json()) as { screening: { listStatus: string; result: { reasons: { code: string }[] } } }
    ).screening;
  };

  it('returns each list’s provenance and status, and every item’s', async () => {
    const admin = await t.signInAs('system_administrator');
    const { lists } = (await (await t.request('GET', '/api/indicator-lists', { headers: admin })).json()) as {
      lists: Summary[];
    };
    const byKey = new Map(lists.map((l) => [l.key, l]));
    expect(byKey.get('ilo-forced-labour-2012')?.status).toBe('verified');
    expect(byKey.get('ilo-ec-2009-adult-labour')?.status).toBe('unverified');
    expect(byKey.get('ilo-ec-2009-adult-labour')?.underReview).toHaveLength(2);
    expect(byKey.get('ilo-ec-2009-child-labour')).toMatchObject({ version: 2, status: 'derived' });
    expect(byKey.get('ilo-ec-2009-child-labour')?.underReview).toHaveLength(6);

    const res = await t.request('GET', '/api/indicator-lists/ilo-ec-2009-child-labour', {
      headers: await t.signInAs('case_worker'),
    });
    const { list } = (await res.json()) as { list: List };
    expect(list.provenance.source?.publication).toMatch(/Operational indicators of trafficking/);
    const item = list.indicators.find((i) => i.key === 'exploitative_conditions.no_social_protection');
    expect(item?.provenance?.status).toBe('derived');
    expect(item?.provenance?.derivedFrom).toBe(
      'ilo-ec-2009-adult-labour: exploitative_conditions.no_social_protection (medium)',
    );
    expect(item?.provenance?.review?.ru).toMatch(/воспроизведении/);
  });

  it('keeps with each screening the status of the list it used; verification is once, confirmed and audited', async () => {
    const ngo = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: { gender: 'Feminine', birthYear: new Date().getUTCFullYear() - 14, citizenships: ['AZ'] },
    });
    const personId = ((await created.json()) as { person: { id: string } }).person.id;
    const before = await screen(personId);
    expect(before.listStatus).toBe('derived');
    // No recruitment indicator: the reasons tell the screener a child can never be positive here.
    expect(before.result.reasons.map((r) => r.code)).toContain('child_recruitment_needs_means');

    const admin = await t.signInAs('system_administrator');
    const path = '/api/indicator-lists/ilo-ec-2009-child-labour/versions/2/verification';
    const document = 'Operational indicators of trafficking in human beings, revised September 2009, p. 5';
    const unconfirmed = await t.request('POST', path, { headers: admin, body: { document } });
    expect(unconfirmed.status).toBe(422);
    const verified = await t.request('POST', path, {
      headers: admin,
      body: { document, page: '5', flaggedItemsChecked: true },
    });
    expect(verified.status).toBe(201);
    const { list } = (await verified.json()) as { list: List };
    expect(list.status).toBe('verified');
    expect(list.underReview).toEqual([]);
    expect(list.provenance.verification?.document).toBe(document);
    expect(
      (await t.request('POST', path, { headers: admin, body: { document, flaggedItemsChecked: true } }))
        .status,
    ).toBe(409);

    const after = await screen(personId);
    expect(after.listStatus).toBe('verified');
    const file = (await (await t.request('GET', `/api/persons/${personId}`, { headers: ngo })).json()) as {
      screenings: { listStatus: string; listVersion: number }[];
    };
    expect(file.screenings.map((s) => s.listStatus).sort()).toEqual(['derived', 'verified']);

    const audit = await t.request('GET', '/api/audit/events?action=indicator_list.verified', {
      headers: await t.signInAs('auditor'),
    });
    const { events } = (await audit.json()) as {
      events: { entityId: string; details: { document: string } }[];
    };
    expect(events.map((e) => e.entityId)).toContain('ilo-ec-2009-child-labour@2');
  });

  it('loads a corrected version that cannot call itself verified', async () => {
    const admin = await t.signInAs('system_administrator');
    const shipped = findShippedIndicatorList('ilo-ec-2009-adult-sexual');
    const claimed = {
      ...shipped,
      indicators: shipped?.indicators.map((i) => ({ ...i, provenance: { status: 'verified' } })),
    };
    const refused = await t.request('POST', '/api/indicator-lists', { headers: admin, body: claimed });
    expect(refused.status).toBe(422);
    const corrected = await t.request('POST', '/api/indicator-lists', { headers: admin, body: shipped });
    expect(corrected.status).toBe(201);
    const { list } = (await corrected.json()) as { list: List };
    expect(list).toMatchObject({ version: 3, status: 'derived' });
  });
});
