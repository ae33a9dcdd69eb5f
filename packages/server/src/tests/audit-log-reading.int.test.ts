import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Event = {
  seq: number;
  action: string;
  entityType: string;
  entityLabel: string | null;
  entityPersonId: string | null;
  actorUserName: string | null;
  actorOrganisationName: string | null;
  actorOrganisationId: string | null;
  prevHash: string;
  hash: string;
  details: Record<string, unknown>;
};
type Page = { events: Event[]; nextBeforeSeq: number | null; total: number | null };

/**
 * The audit log as an auditor reads it, on both databases: names and person codes instead of
 * ids (never a person's name), filters by person code and organisation, keyset paging, and the
 * CSV export in the reader's language, itself recorded.
 */
describeEachBackend('audit log for an auditor over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let auditor: Record<string, string>;
  let person = { id: '', code: '' };

  const list = async (query: string) => {
    const response = await t.request('GET', `/api/audit/events?${query}`, { headers: auditor });
    expect(response.status).toBe(200);
    return { page: (await response.json()) as Page };
  };

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const worker = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: worker,
      body: {
        gender: 'Feminine',
        birthYear: 1990,
        identity: { givenNames: 'Zenfira', familyName: 'Qasımova' },
      },
    });
    person = ((await created.json()) as { person: typeof person }).person;
    auditor = await t.signInAs('auditor');
  });

  afterAll(() => database?.close());

  it('names the person by code (found by code in any case), the user and the organisation by name', async () => {
    const response = await t.request('GET', `/api/audit/events?personCode=${person.code.toLowerCase()}`, {
      headers: auditor,
    });
    const body = await response.text();
    const { events, total } = JSON.parse(body) as Page;
    expect(events.map((e) => e.action)).toContain('person.created');
    expect(total).toBe(events.length);
    const created = events.find((e) => e.action === 'person.created');
    expect(created).toMatchObject({
      entityLabel: person.code,
      actorUserName: 'case_worker',
      actorOrganisationName: t.organisations.ngo.name,
      // The auditor may not open a person's record: no link.
      entityPersonId: null,
    });
    expect(created?.prevHash).toMatch(/^[0-9a-f]{64}$/);
    // The sealed name never reaches the trail's reader.
    expect(body).not.toMatch(/Zenfira|Qasımova/);
    expect((await list('personCode=NRM-1900-999999')).page).toMatchObject({ events: [], total: 0 });
  });

  it('filters by the acting organisation and pages by sequence without overlap', async () => {
    const ngo = t.organisations.ngo.id;
    const { page: first } = await list(`actorOrganisationId=${ngo}&limit=1`);
    expect(first.events).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(2);
    const { page: second } = await list(
      `actorOrganisationId=${ngo}&limit=1&beforeSeq=${first.nextBeforeSeq}`,
    );
    expect(second.events[0]?.seq).toBeLessThan(first.events[0]?.seq ?? 0);
    for (const e of [...first.events, ...second.events]) expect(e.actorOrganisationId).toBe(ngo);
  });

  it('exports the filtered list as CSV in the reader’s language, and records the export', async () => {
    const response = await t.request('GET', `/api/audit/events/export?personCode=${person.code}&locale=ru`, {
      headers: auditor,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="opennrm-audit-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte-order mark first: spreadsheet programs then read Cyrillic and Azerbaijani letters.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,action,action_label,user,organisation,roles,entity_type,entity,client_ip,request_id,details,hash',
    );
    const created = lines.find((l) => l.includes(',person.created,'));
    expect(created).toContain('Лицо зарегистрировано');
    expect(created).toContain(person.code);
    expect(lines.join('\n')).not.toMatch(/Zenfira|Qasımova/);
    const { page } = await list('action=audit.exported');
    expect(page.events[0]).toMatchObject({
      actorUserName: 'auditor',
      details: { rows: lines.length - 1, filter: { personCode: person.code } },
    });
  });

  it('still lists a page holding an event whose entity id names no row (an old or loaded event)', async () => {
    await sql`insert into audit_events (seq, at, action, entity_type, entity_id, prev_hash, hash)
      select max(seq) + 1, now(), 'person.viewed', 'person', '14867', 'x', 'x' from audit_events`.execute(
      database.db,
    );
    const { page } = await list('action=person.viewed&limit=5');
    expect(page.events[0]).toMatchObject({ entityType: 'person', entityLabel: null, entityPersonId: null });
  });
});
