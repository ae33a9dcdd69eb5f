import type { ExternalIdentity, ExternalIdentityStore } from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserExternalIdentitiesTable } from '../schema.ts';

/** Accounts at OpenID providers linked to local users; the keys refuse a second link. */
export function createExternalIdentityStore(db: Kysely<Database>): ExternalIdentityStore {
  return {
    async find(issuer, subject) {
      const row = await db
        .selectFrom('user_external_identities')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row && toIdentity(row);
    },

    async findForUser(issuer, userId) {
      const row = await db
        .selectFrom('user_external_identities')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toIdentity(row);
    },

    async link(identity) {
      await db
        .insertInto('user_external_identities')
        .values({
          issuer: identity.issuer,
          subject: identity.subject,
          user_id: identity.userId,
          created_at: identity.createdAt,
          last_signed_in_at: identity.lastSignedInAt,
        })
        .execute();
    },

    async touch(issuer, subject, at) {
      await db
        .updateTable('user_external_identities')
        .set({ last_signed_in_at: at })
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .execute();
    },
  };
}

function toIdentity(row: Selectable<UserExternalIdentitiesTable>): ExternalIdentity {
  return {
    issuer: row.issuer,
    subject: row.subject,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSignedInAt: row.last_signed_in_at,
  };
}
