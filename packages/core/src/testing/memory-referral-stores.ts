import type { Alert, AlertMessage } from '../alerts/alert.ts';
import type { AlertStore } from '../alerts/alert-ports.ts';
import type { Consent, Notification, Referral, ReferralMessage } from '../referrals/referral.ts';
import type { ConsentStore, NotificationStore, ReferralStore } from '../referrals/referral-ports.ts';
import { openReferralStatuses } from '../referrals/referral-vocabulary.ts';

export interface ReferralTables {
  alerts: Map<string, Alert>;
  alertMessages: AlertMessage[];
  referrals: Map<string, Referral>;
  consents: Map<string, Consent>;
  messages: ReferralMessage[];
  notifications: Notification[];
}

const clone = <T>(value: T): T => structuredClone(value);

export function createReferralTables(): ReferralTables {
  return {
    alerts: new Map(),
    alertMessages: [],
    referrals: new Map(),
    consents: new Map(),
    messages: [],
    notifications: [],
  };
}

export function openReferralsTo(tables: ReferralTables, personId: string): Referral[] {
  return [...tables.referrals.values()].filter(
    (r) => r.personId === personId && openReferralStatuses.includes(r.status),
  );
}

/** In-memory referral, consent and notification stores over `tables()`. */
export function createMemoryReferralStores(tables: () => ReferralTables) {
  const all = () => [...tables().referrals.values()];
  const referrals: ReferralStore = {
    create: async (r) => void tables().referrals.set(r.id, clone(r)),
    get: async (id) => clone(tables().referrals.get(id)),
    listForPerson: async (personId) =>
      all()
        .filter((r) => r.personId === personId)
        .sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime())
        .map(clone),
    async inbox({ organisationId, now, recentSince, limit }) {
      const mine = all();
      const byDeadline = (a: Referral, b: Referral) => a.respondBy.getTime() - b.respondBy.getTime();
      const take = (list: Referral[]) => list.slice(0, limit).map(clone);
      return {
        incoming: take(
          mine.filter((r) => r.toOrganisationId === organisationId && r.status === 'sent').sort(byDeadline),
        ),
        outgoing: take(
          mine.filter((r) => r.fromOrganisationId === organisationId && r.status === 'sent').sort(byDeadline),
        ),
        overdue: take(
          mine
            .filter(
              (r) =>
                (r.toOrganisationId === organisationId || r.fromOrganisationId === organisationId) &&
                r.status === 'sent' &&
                r.respondBy < now,
            )
            .sort(byDeadline),
        ),
        inProgress: take(
          mine
            .filter((r) => r.toOrganisationId === organisationId && r.status === 'accepted')
            .sort(byDeadline),
        ),
        recentlyClosed: take(
          mine
            .filter(
              (r) =>
                (r.fromOrganisationId === organisationId ||
                  (r.toOrganisationId === organisationId && r.status === 'completed')) &&
                r.closedAt &&
                r.closedAt >= recentSince,
            )
            .sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0)),
        ),
      };
    },
    async inboxSection(q) {
      if (q.code) throw new Error('The memory store does not search referrals by person code.');
      const closed = q.section === 'recentlyClosed';
      const at = (r: Referral) => (closed ? (r.closedAt?.getTime() ?? 0) : r.respondBy.getTime());
      const desc = (q.order ?? (closed ? 'desc' : 'asc')) === 'desc';
      const order = (a: Referral, b: Referral) => {
        const byKey = at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        return desc ? -byKey : byKey;
      };
      const after = q.after;
      const key = after ? { at: after.at.getTime(), id: after.id } : null;
      const inbox = await referrals.inbox({ ...q, limit: Number.MAX_SAFE_INTEGER });
      const rows = inbox[q.section]
        .filter((r) => !q.urgency || r.urgency === q.urgency)
        .filter((r) => {
          if (!key) return true;
          const byKey = at(r) - key.at || (r.id < key.id ? -1 : r.id > key.id ? 1 : 0);
          return desc ? byKey < 0 : byKey > 0;
        })
        .sort(order);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      const next = rows.length > q.limit && last ? { at: new Date(at(last)), id: last.id } : null;
      return { referrals: page, next };
    },
    async countInboxSection(q, cap) {
      const { referrals: all } = await referrals.inboxSection({ ...q, limit: Number.MAX_SAFE_INTEGER });
      return all.length > cap ? { count: cap, more: true } : { count: all.length, more: false };
    },
    async transition(id, from, patch) {
      const row = tables().referrals.get(id);
      if (!row || !from.includes(row.status)) return 0;
      tables().referrals.set(id, { ...row, ...clone(patch) });
      return 1;
    },
    listOpenChildren: async (parentId) =>
      all()
        .filter((r) => r.parentReferralId === parentId && openReferralStatuses.includes(r.status))
        .map(clone),
    listOverdueUnescalated: async ({ after, before }, limit) =>
      all()
        .filter((r) => r.status === 'sent' && r.respondBy >= after && r.respondBy < before && !r.escalatedAt)
        .sort((a, b) => a.respondBy.getTime() - b.respondBy.getTime())
        .slice(0, limit)
        .map(clone),
    async stopIdentitySharing(consentId, at) {
      let n = 0;
      for (const r of all()) {
        if (r.consentId === consentId && r.shareIdentity && openReferralStatuses.includes(r.status)) {
          tables().referrals.set(r.id, { ...r, shareIdentity: false, updatedAt: at });
          n += 1;
        }
      }
      return n;
    },
    addMessage: async (m) => void tables().messages.push(clone(m)),
    listMessages: async (referralId) =>
      tables()
        .messages.filter((m) => m.referralId === referralId)
        .map(clone),
  };
  const consents: ConsentStore = {
    create: async (c) => void tables().consents.set(c.id, clone(c)),
    get: async (id) => clone(tables().consents.get(id)),
    listForPerson: async (personId) =>
      [...tables().consents.values()]
        .filter((c) => c.personId === personId)
        .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())
        .map(clone),
    async withdraw(id, by, at) {
      const c = tables().consents.get(id);
      if (!c || c.withdrawnAt) return 0;
      tables().consents.set(id, { ...c, withdrawnAt: at, withdrawnBy: by });
      return 1;
    },
  };
  const notifications: NotificationStore = {
    create: async (n) => void tables().notifications.push(clone(n)),
    listForOrganisation: async (organisationId, limit) =>
      tables()
        .notifications.filter((n) => n.organisationId === organisationId)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, limit)
        .map(clone),
    countUnread: async (organisationId) =>
      tables().notifications.filter((n) => n.organisationId === organisationId && !n.readAt).length,
    listSince: async (after, limit) =>
      tables()
        .notifications.filter(
          (n) =>
            !after ||
            n.createdAt > after.at ||
            (n.createdAt.getTime() === after.at.getTime() && n.id > after.id),
        )
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map(clone),
    async markRead(organisationId, ids, at) {
      let n = 0;
      for (const note of tables().notifications) {
        if (note.organisationId === organisationId && ids.includes(note.id) && !note.readAt) {
          note.readAt = at;
          n += 1;
        }
      }
      return n;
    },
    async markReadForReferral(organisationId, referralId, at) {
      let n = 0;
      for (const note of tables().notifications) {
        if (note.organisationId === organisationId && note.referralId === referralId && !note.readAt) {
          note.readAt = at;
          n += 1;
        }
      }
      return n;
    },
  };
  const ownAlerts = (organisationId: string) =>
    [...tables().alerts.values()].filter(
      (a) => a.fromOrganisationId === organisationId || a.toOrganisationId === organisationId,
    );
  const awaitsAcknowledgement = (a: Alert, organisationId: string) =>
    a.toOrganisationId === organisationId && a.fromOrganisationId !== organisationId && a.status === 'open';
  const alerts: AlertStore = {
    create: async (a) => void tables().alerts.set(a.id, clone(a)),
    get: async (id) => clone(tables().alerts.get(id)),
    async listForOrganisation(organisationId, { after, limit, awaiting }) {
      // Newest first, the id breaking ties (descending), as the database's keyset order.
      const key = (a: { createdAt: Date; id: string }) => `${a.createdAt.toISOString()}|${a.id}`;
      const rows = ownAlerts(organisationId)
        .filter((a) => !awaiting || awaitsAcknowledgement(a, organisationId))
        .sort((a, b) => (key(a) < key(b) ? 1 : -1))
        .filter((a) => !after || key(a) < key(after));
      const page = rows.slice(0, limit).map(clone);
      const last = page.at(-1);
      return {
        alerts: page,
        next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
      };
    },
    async countForOrganisation(organisationId, cap, awaiting) {
      const n = ownAlerts(organisationId).filter(
        (a) => !awaiting || awaitsAcknowledgement(a, organisationId),
      ).length;
      return n > cap ? { count: cap, more: true } : { count: n, more: false };
    },
    async transition(id, from, patch) {
      const row = tables().alerts.get(id);
      if (!row || !from.includes(row.status)) return 0;
      tables().alerts.set(id, { ...row, ...clone(patch) });
      return 1;
    },
    async linkPerson(id, personId, at) {
      const row = tables().alerts.get(id);
      if (row)
        tables().alerts.set(id, {
          ...row,
          personIds: [...new Set([...row.personIds, personId])],
          updatedAt: at,
        });
    },
    addMessage: async (m) => void tables().alertMessages.push(clone(m)),
    listMessages: async (alertId) =>
      tables()
        .alertMessages.filter((m) => m.alertId === alertId)
        .map(clone),
  };
  return { referrals, consents, notifications, alerts };
}
