import type { Locale, Role, User, UserStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database, UserRow, UserUpdate } from '../schema.ts';
import { escapeLike } from './escape-like.ts';
import { inTransaction } from './in-transaction.ts';

export function createUserStore(db: Kysely<Database>): UserStore {
  const selectUsers = () =>
    db
      .selectFrom('users')
      .selectAll('users')
      .select(
        sql<
          string[]
        >`array(select ur.role from user_roles ur where ur.user_id = users.id order by ur.role)`.as('roles'),
      );

  return {
    async list(filter, visibility) {
      let query = selectUsers().orderBy('users.display_name').orderBy('users.id');
      switch (visibility.scope) {
        case 'all':
          break;
        case 'own_organisation':
        case 'linked':
          query = query.where('users.organisation_id', '=', visibility.organisationId);
          break;
        case 'self':
          query = query.where('users.id', '=', visibility.userId);
          break;
        case 'aggregate':
          return [];
      }
      if (filter.organisationId) query = query.where('users.organisation_id', '=', filter.organisationId);
      if (!filter.includeInactive) query = query.where('users.active', '=', true);
      if (filter.role) {
        const role = filter.role;
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('user_roles')
              .select(sql.lit(1).as('one'))
              .whereRef('user_roles.user_id', '=', 'users.id')
              .where('user_roles.role', '=', role),
          ),
        );
      }
      if (filter.search?.trim()) {
        const pattern = `%${escapeLike(filter.search.trim())}%`;
        query = query.where((eb) =>
          eb.or([eb('users.email', 'ilike', pattern), eb('users.display_name', 'ilike', pattern)]),
        );
      }
      return (await query.execute()).map(toUser);
    },

    async get(id) {
      const row = await selectUsers().where('users.id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    async getMany(ids) {
      if (ids.length === 0) return [];
      return (
        await selectUsers()
          .where('users.id', 'in', [...ids])
          .execute()
      ).map(toUser);
    },

    async findByEmail(email) {
      // email is citext, so = ignores case (and uses the unique index).
      const row = await selectUsers().where('users.email', '=', email).executeTakeFirst();
      return row && toUser(row);
    },

    async create(user) {
      await inTransaction(db, async (trx) => {
        await trx
          .insertInto('users')
          .values({
            id: user.id,
            organisation_id: user.organisationId,
            email: user.email,
            display_name: user.displayName,
            locale: user.locale,
            active: user.active,
            password_hash: user.passwordHash,
            failed_logins: user.failedLogins,
            locked_until: user.lockedUntil,
            last_login_at: user.lastLoginAt,
            created_at: user.createdAt,
            updated_at: user.updatedAt,
          })
          .execute();
        await replaceRoles(trx, user.id, user.roles);
      });
    },

    async update(id, patch) {
      return inTransaction(db, async (trx) => {
        const values = toUpdate(patch);
        let changed: number;
        if (Object.keys(values).length > 0) {
          const result = await trx.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
          changed = Number(result.numUpdatedRows);
        } else {
          const row = await trx.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
          changed = row ? 1 : 0;
        }
        if (changed > 0 && patch.roles !== undefined) await replaceRoles(trx, id, patch.roles);
        return changed;
      });
    },

    async countByRole(role) {
      const row = await db
        .selectFrom('user_roles')
        .innerJoin('users', 'users.id', 'user_roles.user_id')
        .where('user_roles.role', '=', role)
        .where('users.active', '=', true)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
  };
}

/** The roles are a set: an update that names roles replaces all of them. */
async function replaceRoles(db: Kysely<Database>, userId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  const unique = [...new Set(roles)];
  if (unique.length > 0) {
    await db
      .insertInto('user_roles')
      .values(unique.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

function toUpdate(patch: Partial<Omit<User, 'id' | 'createdAt'>>): UserUpdate {
  const values: UserUpdate = {};
  if (patch.organisationId !== undefined) values.organisation_id = patch.organisationId;
  if (patch.email !== undefined) values.email = patch.email;
  if (patch.displayName !== undefined) values.display_name = patch.displayName;
  if (patch.locale !== undefined) values.locale = patch.locale;
  if (patch.active !== undefined) values.active = patch.active;
  if (patch.passwordHash !== undefined) values.password_hash = patch.passwordHash;
  if (patch.failedLogins !== undefined) values.failed_logins = patch.failedLogins;
  if (patch.lockedUntil !== undefined) values.locked_until = patch.lockedUntil;
  if (patch.lastLoginAt !== undefined) values.last_login_at = patch.lastLoginAt;
  if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
  return values;
}

function toUser(row: UserRow & { roles: string[] }): User {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale as Locale,
    roles: row.roles as Role[],
    active: row.active,
    passwordHash: row.password_hash,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
