import { expect, it } from 'vitest';
import { describeAppOnEachBackend } from '../testing/describe-app-on-each-backend.ts';

interface InboxItem {
  id: string;
  personCode: string;
  fromOrganisationName: string;
  toOrganisationName: string;
  status: string;
}
type Inbox = Record<'incoming' | 'outgoing' | 'overdue' | 'inProgress' | 'recentlyClosed', InboxItem[]>;

/**
 * The inbox describes all its sections at once (names and codes read once for the page) and cuts
 * the result back into sections: every referral lands in its own section with its own names.
 */
describeAppOnEachBackend('the referral inbox', (app) => {
  it('puts each referral in its section with its own person code and organisation names', async () => {
    const t = app();
    const police = await t.signInAs('investigator');
    const register = async (familyName: string) => {
      const res = await t.request('POST', '/api/persons', {
        headers: police,
        body: { gender: 'Masculine', identity: { givenNames: 'Test', familyName }, confirmDuplicates: true },
      });
      return ((await res.json()) as { person: { id: string; code: string } }).person;
    };
    const send = async (personId: string, to: string) => {
      const res = await t.request('POST', `/api/persons/${personId}/referrals`, {
        headers: police,
        body: { toOrganisationId: to, services: ['medical'], shareIdentity: false },
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { referral: { id: string } }).referral.id;
    };
    const first = await register('Inboxone');
    const second = await register('Inboxtwo');
    const vac = t.organisations.victim_assistance_centre;
    const sms = t.organisations.migration_service;
    const accepted = await send(first.id, vac.id);
    const pending = await send(second.id, sms.id);
    const declined = await send(first.id, sms.id);
    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    const smsUser = await t.userIn('migration_service', 'case_worker');
    const act = async (headers: Record<string, string>, id: string, action: string, body = {}) =>
      expect((await t.request('POST', `/api/referrals/${id}/${action}`, { headers, body })).status).toBe(200);
    await act(vacUser, accepted, 'accept');
    await act(smsUser, declined, 'decline', { reason: 'Not ours' });

    const inboxOf = async (headers: Record<string, string>) =>
      (await (await t.request('GET', '/api/inbox', { headers })).json()) as Inbox;
    const gist = (items: InboxItem[]) =>
      items.map((r) => [r.id, r.personCode, r.fromOrganisationName, r.toOrganisationName, r.status]);
    const sent = await inboxOf(police);
    const atd = t.organisations.police.name;
    expect(gist(sent.outgoing)).toEqual([[pending, second.code, atd, sms.name, 'sent']]);
    expect(gist(sent.recentlyClosed)).toEqual([[declined, first.code, atd, sms.name, 'declined']]);
    expect(sent.incoming).toEqual([]);
    expect(gist((await inboxOf(vacUser)).inProgress)).toEqual([
      [accepted, first.code, atd, vac.name, 'accepted'],
    ]);
    const received = await inboxOf(smsUser);
    expect(gist(received.incoming)).toEqual([[pending, second.code, atd, sms.name, 'sent']]);
    expect([received.outgoing, received.inProgress, received.recentlyClosed]).toEqual([[], [], []]);
  });
});
