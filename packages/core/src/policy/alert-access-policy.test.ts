import { describe, expect, it } from 'vitest';
import type { AlertRecordAction, AlertStatus } from '../alerts/alert.ts';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import { alertAbilities, authorizeOnAlert, mayOnAlert } from './alert-access-policy.ts';

const ngo = 'org-ngo';
const inspectorate = 'org-inspectorate';
const police = 'org-police';
const alert = (status: AlertStatus) => ({ fromOrganisationId: ngo, toOrganisationId: inspectorate, status });

function actor(organisationId: string, roles: Role[] = ['case_worker'], tokenScopes?: string[]): Actor {
  return {
    userId: `user-${organisationId}`,
    organisationId,
    organisationType: 'ngo',
    roles,
    credentialId: 'cred',
    ...(tokenScopes ? { tokenScopes } : {}),
  };
}

/** What each party may do now, written out by hand: Y may, - may not (read message ack close link). */
const expected: Record<'sender' | 'recipient', Record<AlertStatus, string>> = {
  sender: {
    open: 'Y Y - Y Y',
    acknowledged: 'Y Y - Y Y',
    closed: 'Y Y - - Y',
  },
  recipient: {
    open: 'Y Y Y Y Y',
    acknowledged: 'Y Y - Y Y',
    closed: 'Y Y - - Y',
  },
};
const columns: AlertRecordAction[] = ['read', 'message', 'acknowledge', 'close', 'link_person'];
const row = (may: Record<AlertRecordAction, boolean>) => columns.map((a) => (may[a] ? 'Y' : '-')).join(' ');

describe('the alert access table', () => {
  it('gives each party what the table says, in each status', () => {
    for (const status of ['open', 'acknowledged', 'closed'] as const) {
      expect(row(alertAbilities(actor(ngo), alert(status))), `sender, ${status}`).toBe(
        expected.sender[status],
      );
      expect(row(alertAbilities(actor(inspectorate), alert(status))), `recipient, ${status}`).toBe(
        expected.recipient[status],
      );
    }
  });

  it('gives a body that is not a party nothing, whatever its role', () => {
    for (const status of ['open', 'acknowledged', 'closed'] as const) {
      expect(row(alertAbilities(actor(police, ['investigator']), alert(status)))).toBe('- - - - -');
      expect(() => authorizeOnAlert(actor(police, ['investigator']), 'read', alert(status))).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
    }
  });

  it('needs the role grant too: a party without referral work (the coordinator, the auditor) gets nothing', () => {
    for (const role of ['national_coordinator', 'auditor', 'plan_owner'] as const) {
      expect(row(alertAbilities(actor(inspectorate, [role]), alert('open'))), role).toBe('- - - - -');
    }
    // The hotline holds alerts alone (the `alert` grant), without referral work on persons.
    expect(row(alertAbilities(actor(inspectorate, ['hotline_operator']), alert('open')))).toBe('Y Y Y Y Y');
    // The prosecutor reads and updates referrals: it may act on an alert its office received.
    expect(row(alertAbilities(actor(inspectorate, ['prosecutor']), alert('open')))).toBe('Y Y Y Y Y');
  });

  it('limits a token to its scopes: read-only tokens read and write to the thread, change nothing', () => {
    const readOnly = actor(inspectorate, ['case_worker'], ['referral:read']);
    expect(row(alertAbilities(readOnly, alert('open')))).toBe('Y Y - - -');
  });

  it('lets the party that holds an action be told why it is impossible now (409, not 403)', () => {
    // The recipient acknowledges only an open alert, but asking again is a conflict, not a refusal.
    expect(mayOnAlert(actor(inspectorate), 'acknowledge', alert('acknowledged'))).toBe(true);
    expect(mayOnAlert(actor(ngo), 'close', alert('closed'))).toBe(true);
    // The sender never acknowledges: that is a refusal in every status.
    for (const status of ['open', 'acknowledged', 'closed'] as const)
      expect(mayOnAlert(actor(ngo), 'acknowledge', alert(status))).toBe(false);
  });
});
