import type { ReferralMessage, ReferralStore } from '@opennrm/core';
import { openReferralStatuses } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, ReferralMessageRow } from '../schema.ts';
import { countInboxSection, inboxFor, inboxSectionOf } from './inbox-query.ts';
import { toReferral, toReferralRow, toReferralUpdate } from './referral-rows.ts';

export function createReferralStore(db: Kysely<Database>): ReferralStore {
  return {
    async create(referral) {
      await db.insertInto('referrals').values(toReferralRow(referral)).execute();
    },

    async get(id) {
      const row = await db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toReferral(row);
    },

    async listForPerson(personId) {
      const rows = await db
        .selectFrom('referrals')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('sent_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toReferral);
    },

    inbox: (query) => inboxFor(db, query),
    inboxSection: (query) => inboxSectionOf(db, query),
    countInboxSection: (query, cap) => countInboxSection(db, query, cap),

    async transition(id, from, patch) {
      if (from.length === 0) return 0;
      const values = toReferralUpdate(patch);
      // One statement, status checked in its WHERE: of two concurrent transitions the second
      // waits for the first's row lock, re-reads the row and, the status having moved, changes
      // nothing. An empty patch still sets something so that the count means the same.
      const result = await db
        .updateTable('referrals')
        .set(Object.keys(values).length > 0 ? values : (eb) => ({ status: eb.ref('status') }))
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async listOverdueUnescalated({ after, before }, limit) {
      const rows = await db
        .selectFrom('referrals')
        .selectAll()
        .where('status', '=', 'sent')
        .where('escalated_at', 'is', null)
        .where('respond_by', '>=', after)
        .where('respond_by', '<', before)
        .orderBy('respond_by', 'asc')
        .limit(limit)
        .execute();
      return rows.map(toReferral);
    },

    async listOpenChildren(parentId) {
      const rows = await db
        .selectFrom('referrals')
        .selectAll()
        .where('parent_referral_id', '=', parentId)
        .where('status', 'in', [...openReferralStatuses])
        .orderBy('sent_at')
        .execute();
      return rows.map(toReferral);
    },

    async stopIdentitySharing(consentId, at) {
      const result = await db
        .updateTable('referrals')
        .set({ share_identity: false, updated_at: at })
        .where('consent_id', '=', consentId)
        .where('share_identity', '=', true)
        .where('status', 'in', [...openReferralStatuses])
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async addMessage(m) {
      await db
        .insertInto('referral_messages')
        .values({
          id: m.id,
          referral_id: m.referralId,
          author_user_id: m.authorUserId,
          author_organisation_id: m.authorOrganisationId,
          body_sealed: m.bodySealed,
          created_at: m.createdAt,
        })
        .execute();
    },

    async listMessages(referralId) {
      // Oldest first, as a thread reads (the memory store keeps insertion order).
      const rows = await db
        .selectFrom('referral_messages')
        .selectAll()
        .where('referral_id', '=', referralId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toMessage);
    },
  };
}

function toMessage(row: ReferralMessageRow): ReferralMessage {
  return {
    id: row.id,
    referralId: row.referral_id,
    authorUserId: row.author_user_id,
    authorOrganisationId: row.author_organisation_id,
    bodySealed: row.body_sealed,
    createdAt: row.created_at,
  };
}
