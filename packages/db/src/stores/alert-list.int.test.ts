import type { Alert, AlertCursor, Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation } from '../testing/test-fixtures.ts';

describeEachBackend('AlertStore.listForOrganisation (keyset pages)', (open) => {
  let t: TestDatabase;
  let store: Store;
  const us = anOrganisation({ name: 'Us' });
  const b = anOrganisation({ name: 'B' });
  const c = anOrganisation({ name: 'C' });
  const at = (n: number) => new Date(Date.UTC(2025, 2, 1, 12, n));
  const alert = (from: { id: string }, to: { id: string }, minute: number, title: string): Alert => ({
    id: crypto.randomUUID(),
    fromOrganisationId: from.id,
    toOrganisationId: to.id,
    subject: 'workplace',
    title,
    detailsSealed: 'sealed',
    status: 'open',
    personIds: [],
    createdBy: crypto.randomUUID(),
    createdAt: at(minute),
    updatedAt: at(minute),
  });
  // Sent and received interleaved, three at the same minute (the id breaks the tie).
  const ours = [
    alert(us, b, 1, 'sent 1'),
    alert(b, us, 2, 'received 2'),
    alert(us, c, 3, 'sent 3'),
    alert(c, us, 3, 'received 3'),
    alert(b, us, 3, 'received 3b'),
    alert(us, b, 5, 'sent 5'),
    alert(c, us, 6, 'received 6'),
  ];
  const theirs = [alert(b, c, 4, 'between others'), alert(c, b, 7, 'between others too')];

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [us, b, c]) await store.organisations.create(org);
    for (const a of [...ours, ...theirs]) await store.alerts.create(a);
  });
  afterAll(() => t?.close());

  const newestFirst = (list: Alert[]) =>
    [...list].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1));

  it('walks every sent and received alert once, newest first, two at a time, and no one else’s', async () => {
    const seen: string[] = [];
    let after: AlertCursor | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await store.alerts.listForOrganisation(us.id, { after, limit: 2 });
      seen.push(...page.alerts.map((a) => a.title));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(newestFirst(ours).map((a) => a.title));
  });

  it('counts up to the cap and says when there are more', async () => {
    expect(await store.alerts.countForOrganisation(us.id, 100)).toEqual({ count: 7, more: false });
    expect(await store.alerts.countForOrganisation(us.id, 5)).toEqual({ count: 5, more: true });
    expect(await store.alerts.countForOrganisation(c.id, 100)).toEqual({ count: 5, more: false });
  });

  it('awaiting: only the open alerts received, in the same order, and counted alike', async () => {
    const answered = ours.find((a) => a.title === 'received 3b') as Alert;
    await store.alerts.transition(answered.id, ['open'], { status: 'acknowledged', updatedAt: at(8) });
    const page = await store.alerts.listForOrganisation(us.id, { limit: 10, awaiting: true });
    expect(page.alerts.map((a) => a.title)).toEqual(['received 6', 'received 3', 'received 2']);
    const second = await store.alerts.listForOrganisation(us.id, { limit: 2, awaiting: true });
    const rest = await store.alerts.listForOrganisation(us.id, {
      limit: 2,
      awaiting: true,
      after: second.next ?? undefined,
    });
    expect([...second.alerts, ...rest.alerts].map((a) => a.title)).toEqual(page.alerts.map((a) => a.title));
    expect(await store.alerts.countForOrganisation(us.id, 100, true)).toEqual({ count: 3, more: false });
  });
});
