import type { Inbox, InboxSectionQuery, Referral, Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aReferral } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation } from '../testing/test-fixtures.ts';

describeEachBackend('ReferralStore.inbox', (open) => {
  let t: TestDatabase;
  let store: Store;
  const us = anOrganisation({ name: 'Us' });
  const b = anOrganisation({ name: 'B' });
  const c = anOrganisation({ name: 'C' });
  const day = (n: number) => new Date(Date.UTC(2025, 2, 1) + n * 86_400_000);
  const person = aPerson(b.id);
  const referral = (
    from: { id: string },
    to: { id: string },
    respondBy: number,
    overrides: Partial<Referral> = {},
  ) => aReferral(person, to.id, { fromOrganisationId: from.id, respondBy: day(respondBy), ...overrides });
  const closed = (status: Referral['status'], closedAt: number) => ({ status, closedAt: day(closedAt) });

  const i1 = referral(b, us, 5);
  const i2 = referral(c, us, 3);
  const i3 = referral(b, us, 7);
  const o1 = referral(us, b, 2);
  const o2 = referral(us, c, 6);
  // Accepted: past the deadline, yet answered, so not overdue.
  const a1 = referral(b, us, 1, { status: 'accepted' });
  const a2 = referral(c, us, 8, { status: 'accepted' });
  const theirsAccepted = referral(us, b, 1, { status: 'accepted' });
  const c1 = referral(b, us, 1, closed('declined', 3.5));
  const c2 = referral(us, b, 1, closed('withdrawn', 2));
  const c3 = referral(us, c, 1, closed('completed', 4));
  const unrelated = [referral(b, c, 1), referral(c, b, 1, closed('declined', 4))];
  const ids = (inbox: Inbox) =>
    Object.fromEntries(Object.entries(inbox).map(([k, list]) => [k, list.map((r: Referral) => r.id)]));

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [us, b, c]) await store.organisations.create(org);
    await store.persons.create(person);
    for (const r of [i1, i2, i3, o1, o2, a1, a2, theirsAccepted, c1, c2, c3, ...unrelated]) {
      await store.referrals.create(r);
    }
  });
  afterAll(() => t?.close());

  it('sorts each section, overdue ones both ways, recent closures newest first', async () => {
    const inbox = await store.referrals.inbox({
      organisationId: us.id,
      now: day(4),
      recentSince: day(3),
      limit: 10,
    });
    expect(ids(inbox)).toEqual({
      incoming: [i2.id, i1.id, i3.id],
      outgoing: [o1.id, o2.id],
      overdue: [o1.id, i2.id],
      inProgress: [a1.id, a2.id],
      // c1 was declined by us: a recipient keeps nothing of a referral it declined.
      recentlyClosed: [c3.id],
    });
    expect(inbox.incoming[0]).toEqual(i2);
  });

  it('limits every section on its own', async () => {
    const inbox = await store.referrals.inbox({
      organisationId: us.id,
      now: day(4),
      recentSince: day(0),
      limit: 1,
    });
    expect(ids(inbox)).toEqual({
      incoming: [i2.id],
      outgoing: [o1.id],
      overdue: [o1.id],
      inProgress: [a1.id],
      recentlyClosed: [c3.id],
    });
  });

  it('is empty for an organisation without referrals', async () => {
    const inbox = await store.referrals.inbox({
      organisationId: crypto.randomUUID(),
      now: day(4),
      recentSince: day(0),
      limit: 10,
    });
    expect(ids(inbox)).toEqual({
      incoming: [],
      outgoing: [],
      overdue: [],
      inProgress: [],
      recentlyClosed: [],
    });
  });

  const walk = async (query: Omit<InboxSectionQuery, 'limit' | 'after'>, limit: number) => {
    const seen: string[] = [];
    let after: InboxSectionQuery['after'];
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await store.referrals.inboxSection({ ...query, limit, ...(after ? { after } : {}) });
      seen.push(...page.referrals.map((r) => r.id));
      if (!page.next) return seen;
      after = page.next;
    }
    throw new Error('paging did not end');
  };
  const base = { organisationId: us.id, now: day(4), recentSince: day(0) };

  it('pages every section by cursor, each referral once, in both orders', async () => {
    expect(await walk({ ...base, section: 'incoming' }, 1)).toEqual([i2.id, i1.id, i3.id]);
    expect(await walk({ ...base, section: 'incoming', order: 'desc' }, 2)).toEqual([i3.id, i1.id, i2.id]);
    // Overdue merges both sides page by page.
    expect(await walk({ ...base, section: 'overdue' }, 1)).toEqual([o1.id, i2.id]);
    expect(await walk({ ...base, section: 'inProgress' }, 1)).toEqual([a1.id, a2.id]);
    expect(await walk({ ...base, section: 'recentlyClosed' }, 1)).toEqual([c3.id, c2.id]);
    expect(await walk({ ...base, section: 'recentlyClosed', order: 'asc' }, 5)).toEqual([c2.id, c3.id]);
  });

  it('searches by a fragment of the person code, filters by urgency, and counts up to a cap', async () => {
    const fragment = person.code.slice(-4).toLowerCase();
    expect(await walk({ ...base, section: 'incoming', code: fragment }, 2)).toEqual([i2.id, i1.id, i3.id]);
    expect(await walk({ ...base, section: 'incoming', code: 'no-such-code' }, 2)).toEqual([]);
    expect(await walk({ ...base, section: 'incoming', urgency: 'normal' }, 2)).toEqual([]);
    expect(await store.referrals.countInboxSection({ ...base, section: 'incoming' }, 10)).toEqual({
      count: 3,
      more: false,
    });
    expect(await store.referrals.countInboxSection({ ...base, section: 'overdue' }, 1)).toEqual({
      count: 1,
      more: true,
    });
  });
});
