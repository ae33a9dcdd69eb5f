import { randomInt } from 'node:crypto';
import { hashSecretToken } from '../auth/secret-token.ts';

// Crockford's base32 without the letters people confuse (I, L, O, U).
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryCodeCount = 10;

/** Ten codes of 16 characters (80 random bits each), shown once in groups of four. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** Typed with or without dashes and spaces, in either case: the same code. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** 80 random bits need no slow hash: SHA-256 of the normalised code, like session tokens. */
export function hashRecoveryCode(code: string): string {
  return hashSecretToken(`recovery:${normaliseRecoveryCode(code)}`);
}
