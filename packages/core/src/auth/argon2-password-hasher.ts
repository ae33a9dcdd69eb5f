import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../ports.ts';

/**
 * argon2id with OWASP's second recommended profile (19 MiB, 2 passes). Tests pass cheaper
 * options; production keeps the defaults.
 */
export function createArgon2PasswordHasher(
  options: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  const params = {
    // Algorithm.Argon2id; the const enum cannot be imported under verbatimModuleSyntax.
    algorithm: 2 as const,
    memoryCost: options.memoryCost ?? 19_456,
    timeCost: options.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    hash: (password) => hash(password, params),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
