import type { SecondFactor, SecondFactorStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database, UserSecondFactorsTable } from '../schema.ts';

/** Second factors, recovery codes and sign-in challenges; every check-and-use is one statement. */
export function createSecondFactorStore(db: Kysely<Database>): SecondFactorStore {
  return {
    async get(userId) {
      const row = await db
        .selectFrom('user_second_factors')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toSecondFactor(row);
    },

    async savePending(factor) {
      // Replaces a pending secret only: a confirmed one is never overwritten here.
      const result = await db
        .insertInto('user_second_factors')
        .values({
          user_id: factor.userId,
          secret_sealed: factor.secretSealed,
          confirmed_at: null,
          last_used_step: null,
          created_at: factor.createdAt,
        })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ secret_sealed: factor.secretSealed, created_at: factor.createdAt })
            .where('user_second_factors.confirmed_at', 'is', null),
        )
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0)
        throw new Error('A second factor is confirmed.');
    },

    async confirm(userId, at, step) {
      const result = await db
        .updateTable('user_second_factors')
        .set({ confirmed_at: at, last_used_step: step })
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async useStep(userId, step) {
      const result = await db
        .updateTable('user_second_factors')
        .set({ last_used_step: step })
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is not', null)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async remove(userId) {
      await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
      await db.deleteFrom('sign_in_challenges').where('user_id', '=', userId).execute();
      const result = await db
        .deleteFrom('user_second_factors')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async replaceRecoveryCodes(userId, codeHashes, at) {
      await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
      if (codeHashes.length === 0) return;
      await db
        .insertInto('user_recovery_codes')
        .values(
          codeHashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null, created_at: at })),
        )
        .execute();
    },

    async useRecoveryCode(userId, codeHash, at) {
      const result = await db
        .updateTable('user_recovery_codes')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countUnusedRecoveryCodes(userId) {
      const row = await db
        .selectFrom('user_recovery_codes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async createChallenge(challenge) {
      // Expired challenges are of no use to anyone: swept whenever a new one is made.
      await db.deleteFrom('sign_in_challenges').where('expires_at', '<=', challenge.createdAt).execute();
      await db
        .insertInto('sign_in_challenges')
        .values({
          id: challenge.id,
          user_id: challenge.userId,
          token_hash: challenge.tokenHash,
          created_at: challenge.createdAt,
          expires_at: challenge.expiresAt,
        })
        .execute();
    },

    async findChallenge(tokenHash) {
      const row = await db
        .selectFrom('sign_in_challenges')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          userId: row.user_id,
          tokenHash: row.token_hash,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        }
      );
    },

    async deleteChallenge(id) {
      await db.deleteFrom('sign_in_challenges').where('id', '=', id).execute();
    },
  };
}

function toSecondFactor(row: UserSecondFactorsTable): SecondFactor {
  return {
    userId: row.user_id,
    secretSealed: row.secret_sealed,
    confirmedAt: row.confirmed_at,
    lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    createdAt: row.created_at,
  };
}
