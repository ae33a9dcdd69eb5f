import type { Role, Session, SessionStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database, SessionRow } from '../schema.ts';

/**
 * Sessions live in the database (not in server memory) so any number of server processes can
 * serve the same users. Expiry is the caller's decision: findHolderByTokenHash returns expired sessions
 * too, and deleteExpired sweeps them.
 */
export function createSessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          token_hash: session.tokenHash,
          csrf_token: session.csrfToken,
          client_ip: session.clientIp,
          user_agent: session.userAgent,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
          signed_in_with: session.signedInWith ?? null,
        })
        .execute();
    },

    async findHolderByTokenHash(tokenHash) {
      // One statement per request instead of three (session, user, organisation): the session
      // lookup was a third of a list page's statements (issue 21).
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
        .selectAll('sessions')
        .select([
          'users.active as user_active',
          'users.organisation_id as user_organisation_id',
          'organisations.id as organisation_id',
          'organisations.type as organisation_type',
          'organisations.active as organisation_active',
          sql<
            Role[]
          >`array(select ur.role from user_roles ur where ur.user_id = users.id order by ur.role)`.as(
            'user_roles',
          ),
          sql<boolean>`exists (select 1 from user_second_factors f where f.user_id = users.id and f.confirmed_at is not null)`.as(
            'second_factor_confirmed',
          ),
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        session: toSession(row),
        user: {
          id: row.user_id,
          active: row.user_active,
          roles: row.user_roles,
          organisationId: row.user_organisation_id,
        },
        organisation:
          row.organisation_id && row.organisation_type && row.organisation_active !== null
            ? { id: row.organisation_id, type: row.organisation_type, active: row.organisation_active }
            : undefined,
        secondFactorConfirmed: row.second_factor_confirmed,
      };
    },

    async touch(id, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },

    async delete(id) {
      const result = await db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteForUser(userId, exceptId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId) query = query.where('id', '!=', exceptId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    clientIp: row.client_ip,
    userAgent: row.user_agent,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    signedInWith: row.signed_in_with as Session['signedInWith'],
  };
}
