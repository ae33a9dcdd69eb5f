import type { SecondFactor, SignInChallenge } from '../model.ts';
import type { SecondFactorStore } from '../ports.ts';

export interface SecondFactorTables {
  factors: Map<string, SecondFactor>;
  recoveryCodes: { userId: string; codeHash: string; usedAt: Date | null }[];
  challenges: Map<string, SignInChallenge>;
}

export function createSecondFactorTables(): SecondFactorTables {
  return { factors: new Map(), recoveryCodes: [], challenges: new Map() };
}

/** The second-factor store in memory, for core's unit tests (the SQL is tested on both databases). */
export function createMemorySecondFactorStore(tables: () => SecondFactorTables): SecondFactorStore {
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    get: async (userId) => clone(tables().factors.get(userId)),
    async savePending(factor) {
      if (tables().factors.get(factor.userId)?.confirmedAt) throw new Error('a factor is confirmed');
      tables().factors.set(factor.userId, clone(factor));
    },
    async confirm(userId, at, step) {
      const factor = tables().factors.get(userId);
      if (!factor || factor.confirmedAt) return 0;
      tables().factors.set(userId, { ...factor, confirmedAt: at, lastUsedStep: step });
      return 1;
    },
    async useStep(userId, step) {
      const factor = tables().factors.get(userId);
      if (!factor?.confirmedAt || (factor.lastUsedStep !== null && factor.lastUsedStep >= step)) return false;
      tables().factors.set(userId, { ...factor, lastUsedStep: step });
      return true;
    },
    async remove(userId) {
      const t = tables();
      t.recoveryCodes = t.recoveryCodes.filter((c) => c.userId !== userId);
      for (const [id, c] of t.challenges) if (c.userId === userId) t.challenges.delete(id);
      return t.factors.delete(userId) ? 1 : 0;
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      const t = tables();
      t.recoveryCodes = [
        ...t.recoveryCodes.filter((c) => c.userId !== userId),
        ...codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null })),
      ];
    },
    async useRecoveryCode(userId, codeHash, at) {
      const code = tables().recoveryCodes.find((c) => c.userId === userId && c.codeHash === codeHash);
      if (!code || code.usedAt) return false;
      code.usedAt = at;
      return true;
    },
    countUnusedRecoveryCodes: async (userId) =>
      tables().recoveryCodes.filter((c) => c.userId === userId && !c.usedAt).length,
    createChallenge: async (challenge) => void tables().challenges.set(challenge.id, clone(challenge)),
    findChallenge: async (tokenHash) =>
      clone([...tables().challenges.values()].find((c) => c.tokenHash === tokenHash)),
    deleteChallenge: async (id) => void tables().challenges.delete(id),
  };
}
