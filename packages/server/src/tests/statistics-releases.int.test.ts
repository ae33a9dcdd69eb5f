import { createHash } from 'node:crypto';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { presumedVictimAnswers } from '../testing/screening-answers.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Figure = { status: 'shown'; value: number | null } | { status: 'not_shown' } | { status: 'absent' };
type Revision = {
  table: string;
  period: string;
  row: string | null;
  column: string | null;
  before: Figure;
  after: Figure;
};
type Release = {
  id: string;
  number: number;
  corrects: { id: string; number: number } | null;
  reason: string | null;
  changes: Revision[];
  files: { name: string; kind: string; sha256: string; size: number }[];
  sha256: string;
  settings: { threshold: number };
  definitions: { tables: { key: string }[] };
};
type Cell = { value: number | null; suppressed: boolean };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  previous: { cells: Cell[][]; total: Cell };
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Releases over HTTP on both databases: the coordinator publishes last year's national figures;
 * the files stay byte-identical after the records change; publishing again is a correction with
 * a reason that lists the changed cells, never a hidden value; the next year's report can take
 * its previous-year column from the release and list the revisions since.
 */
describeEachBackend('statistics releases over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let coordinator: Record<string, string>;
  const year = new Date().getUTCFullYear() - 1;
  const files = new Map<string, { bytes: Uint8Array; sha256: string }>();
  let first: Release;

  /** An NGO identifies one more victim, decided in the middle of `year`. */
  async function identify(gender: 'Feminine' | 'Masculine'): Promise<void> {
    const ngo = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender,
        birthYear: 1990,
        citizenships: ['AZ'],
        identity: { givenNames: `V${Math.random().toString(36).slice(2, 8)}`, familyName: 'Q' },
        confirmDuplicates: true,
      },
    });
    const { person } = (await created.json()) as { person: { id: string } };
    await t.request('POST', `/api/persons/${person.id}/screenings`, {
      headers: ngo,
      body: {
        listKey: 'ilo-ec-2009-adult-labour',
        population: 'adult',
        answers: presumedVictimAnswers,
        outcome: 'presumed_victim',
      },
    });
    const decided = await t.request('POST', `/api/persons/${person.id}/decisions`, {
      headers: ngo,
      body: {
        outcome: 'identified',
        decidedOn: `${year}-06-15`,
        grounds: 'Indicators confirmed at interview',
      },
    });
    expect(decided.status).toBe(201);
  }

  async function publish(body: Record<string, unknown>): Promise<Response> {
    return t.request('POST', '/api/statistics/releases', { headers: coordinator, body });
  }

  async function download(release: { id: string }, name: string) {
    const res = await t.request('GET', `/api/statistics/releases/${release.id}/files/${name}`, {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    coordinator = await t.signInAs('national_coordinator');
    // Six women: no small cell, so every figure of the sex x age table is shown.
    for (let i = 0; i < 6; i++) await identify('Feminine');
  });
  afterAll(() => database?.close());

  it('publishes the national published view as JSON, XLSX, CSV zip and PDF with their hashes', async () => {
    const res = await publish({ year, locales: ['en'] });
    expect(res.status, await res.clone().text()).toBe(201);
    first = ((await res.json()) as { release: Release }).release;
    expect(first.number).toBe(1);
    expect(first.corrects).toBeNull();
    expect(first.settings.threshold).toBe(5);
    expect(first.definitions.tables.map((x) => x.key)).toContain('victims_identified.sex_age');
    expect(first.files.map((f) => f.kind).sort()).toEqual(['csv.zip', 'json', 'pdf', 'sha256sums', 'xlsx']);
    for (const file of first.files) {
      const { res: got, bytes } = await download(first, file.name);
      expect(sha256(bytes)).toBe(file.sha256);
      expect(got.headers.get('x-opennrm-sha256')).toBe(file.sha256);
      expect(got.headers.get('x-opennrm-release-sha256')).toBe(first.sha256);
      files.set(file.name, { bytes, sha256: file.sha256 });
    }
    const sums = new TextDecoder().decode(files.get('SHA256SUMS')!.bytes);
    expect(sha256(files.get('SHA256SUMS')!.bytes)).toBe(first.sha256);
    for (const file of first.files.filter((f) => f.kind !== 'sha256sums')) {
      expect(sums).toContain(`${file.sha256}  ${file.name}\n`);
    }
    const json = first.files.find((f) => f.kind === 'json')!;
    const report = JSON.parse(new TextDecoder().decode(files.get(json.name)!.bytes)) as {
      view: string;
      scope: { kind: string };
      tables: { key: string; current: { total: Cell } }[];
    };
    expect(report.view).toBe('published');
    expect(report.scope).toEqual({ kind: 'national' });
    expect(report.tables.find((x) => x.key === 'victims_identified.sex_age')!.current.total).toEqual({
      value: 6,
      suppressed: false,
    });
    const listed = await t.request('GET', '/api/statistics/releases', { headers: coordinator });
    expect(((await listed.json()) as { releases: { id: string }[] }).releases.map((r) => r.id)).toEqual([
      first.id,
    ]);
    const audit = await t.request('GET', '/api/audit/events?action=statistics.release_published', {
      headers: await t.signInAs('auditor'),
    });
    const { events } = (await audit.json()) as {
      events: { entityId: string; details: Record<string, unknown> }[];
    };
    expect(events.map((e) => [e.entityId, e.details.sha256])).toEqual([[first.id, first.sha256]]);
  });

  it('serves the same bytes and hashes after the records change', async () => {
    await identify('Feminine');
    for (const file of first.files) {
      const { res, bytes } = await download(first, file.name);
      expect(Buffer.from(bytes).equals(Buffer.from(files.get(file.name)!.bytes))).toBe(true);
      expect(res.headers.get('x-opennrm-sha256')).toBe(file.sha256);
    }
    // Today's report says 7; the release still says 6.
    const today = await t.request('GET', `/api/statistics/report?year=${year}&view=published`, {
      headers: coordinator,
    });
    const tables = ((await today.json()) as { tables: { key: string; current: { total: Cell } }[] }).tables;
    expect(tables.find((x) => x.key === 'victims_identified.sex_age')!.current.total.value).toBe(7);
  });

  it('publishes a correction only with a reason, and lists the changed cells', async () => {
    const bare = await publish({ year, locales: ['en'] });
    expect(bare.status).toBe(422);
    const res = await publish({ year, locales: ['en', 'az'], reason: 'A decision of June was entered late' });
    expect(res.status).toBe(201);
    const second = ((await res.json()) as { release: Release }).release;
    expect(second).toMatchObject({
      number: 2,
      corrects: { id: first.id, number: 1 },
      reason: 'A decision of June was entered late',
    });
    const sexAge = second.changes.filter(
      (c) => c.table === 'victims_identified.sex_age' && c.period === 'current',
    );
    expect(sexAge.map((c) => [c.row, c.column, c.before, c.after])).toEqual([
      ['female', 'adult', { status: 'shown', value: 6 }, { status: 'shown', value: 7 }],
      ['female', null, { status: 'shown', value: 6 }, { status: 'shown', value: 7 }],
      [null, 'adult', { status: 'shown', value: 6 }, { status: 'shown', value: 7 }],
      [null, null, { status: 'shown', value: 6 }, { status: 'shown', value: 7 }],
    ]);
    expect(second.files.filter((f) => f.kind === 'json').map((f) => f.name)).toHaveLength(2);
    // The first release is unchanged and still listed, the correction first.
    const listed = await t.request('GET', '/api/statistics/releases', { headers: coordinator });
    expect(((await listed.json()) as { releases: { id: string }[] }).releases.map((r) => r.id)).toEqual([
      second.id,
      first.id,
    ]);
    const again = await t.request('GET', `/api/statistics/releases/${first.id}`, { headers: coordinator });
    expect(((await again.json()) as { release: Release }).release.sha256).toBe(first.sha256);
  });

  it('shows the previous year as published, with the revisions since', async () => {
    const published = await t.request(
      'GET',
      `/api/statistics/report?year=${year + 1}&view=published&previous=published`,
      {
        headers: coordinator,
      },
    );
    expect(published.status).toBe(200);
    const body = (await published.json()) as {
      tables: Table[];
      previousAsPublished: { release: { number: number } | null; revisions: Revision[] };
    };
    expect(body.previousAsPublished.release?.number).toBe(2);
    expect(body.previousAsPublished.revisions).toEqual([]);
    await identify('Feminine');
    const later = await t.request(
      'GET',
      `/api/statistics/report?year=${year + 1}&view=published&previous=published`,
      {
        headers: coordinator,
      },
    );
    const after = (await later.json()) as typeof body;
    const sexAge = after.tables.find((x) => x.key === 'victims_identified.sex_age')!;
    const female = sexAge.rows.findIndex((r) => r.code === 'female');
    const adult = sexAge.columns.findIndex((c) => c.code === 'adult');
    // The column as released (7 women), the revision to today's 8.
    expect(sexAge.previous.cells[female]![adult]).toEqual({ value: 7, suppressed: false });
    expect(
      after.previousAsPublished.revisions.find(
        (r) => r.table === 'victims_identified.sex_age' && r.row === 'female' && r.column === 'adult',
      ),
    ).toEqual({
      table: 'victims_identified.sex_age',
      period: 'previous',
      row: 'female',
      column: 'adult',
      before: { status: 'shown', value: 7 },
      after: { status: 'shown', value: 8 },
    });
    const asNow = await t.request('GET', `/api/statistics/report?year=${year + 1}&view=published`, {
      headers: coordinator,
    });
    const now = (await asNow.json()) as { tables: Table[]; previousAsPublished?: unknown };
    expect(now.previousAsPublished).toBeUndefined();
    expect(
      now.tables.find((x) => x.key === 'victims_identified.sex_age')!.previous.cells[female]![adult]!.value,
    ).toBe(8);
    const internal = await t.request('GET', `/api/statistics/report?year=${year + 1}&previous=published`, {
      headers: coordinator,
    });
    expect(internal.status).toBe(422);
  });

  it('never discloses a hidden figure in a correction', async () => {
    // One man: his cells are small, hidden; a second man keeps them hidden.
    await identify('Masculine');
    const third = await publish({ year, locales: ['en'], reason: 'A man identified in June' });
    expect(third.status).toBe(201);
    const r3 = ((await third.json()) as { release: Release }).release;
    const male = r3.changes.find(
      (c) => c.table === 'victims_identified.sex_age' && c.row === 'male' && c.column === 'adult',
    );
    expect(male).toMatchObject({ before: { status: 'shown', value: 0 }, after: { status: 'not_shown' } });
    await identify('Masculine');
    const fourth = await publish({ year, locales: ['en'], reason: 'Another man identified in June' });
    const r4 = ((await fourth.json()) as { release: Release }).release;
    // 1 -> 2 behind the mark: not listed, since that it moved is itself a disclosure.
    expect(
      r4.changes.find(
        (c) => c.table === 'victims_identified.sex_age' && c.row === 'male' && c.column === 'adult',
      ),
    ).toBeUndefined();
    for (const c of [...r3.changes, ...r4.changes]) {
      for (const side of [c.before, c.after])
        if (side.status !== 'shown') expect(Object.keys(side)).toEqual(['status']);
    }
  });

  it('refuses an unknown release or file, and sub-national or internal releases do not exist', async () => {
    const missing = await t.request('GET', `/api/statistics/releases/${first.id}/files/report.exe`, {
      headers: coordinator,
    });
    expect(missing.status).toBe(404);
    const scoped = await publish({ year, locales: ['en'], scope: 'region' });
    expect(scoped.status).toBe(400);
  });
});
