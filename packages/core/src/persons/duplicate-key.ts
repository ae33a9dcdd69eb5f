import { createHmac } from 'node:crypto';
import { DomainError } from '../support/errors.ts';
import { nameVariantsForMatching } from './normalise-name.ts';

/** 256 bits, like the sealing keys; a shorter secret would make guessing names cheaper. */
export const minDuplicateKeySecretBytes = 32;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function birthPart(birthDate: string | null, birthYear: number | null | undefined): string {
  if (birthDate !== null) {
    const m = isoDate.exec(birthDate);
    const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== birthDate) {
      throw new DomainError('validation_failed', 'A birth date must be a calendar date (YYYY-MM-DD).');
    }
    return birthDate;
  }
  if (birthYear !== null && birthYear !== undefined) {
    if (!Number.isInteger(birthYear) || birthYear < 1000 || birthYear > 9999) {
      throw new DomainError('validation_failed', 'A birth year must have four digits.');
    }
    return `y:${birthYear}`;
  }
  // Many victims do not know their birth date: such records still match each other by name.
  return '';
}

/**
 * Keys for finding the same person recorded by another organisation without storing or
 * comparing names: HMAC-SHA256(secret, tokens + "|" + birth) in hex, one per name variant
 * (nameVariantsForMatching). Two records are possible duplicates when they share any key.
 * The birth part is the ISO date, "y:" + year when only the year is known, or empty; a record
 * with a date therefore does not meet one with only the year.
 *
 * Without the secret the keys cannot be reversed or tested against guessed names, unlike a
 * plain hash that anyone could compute for a list of common names and birth dates. With the
 * secret they can be tested by guessing, so it belongs only to the server. It is a lookup
 * key of its own, not a sealing key: rotating sealing keys re-encrypts names and leaves these
 * keys as they are. Changing the secret or the normalisation rules needs all keys recomputed
 * from the unsealed names.
 *
 * No keys when the name has no usable part.
 */
export function duplicateKeys(
  secret: Buffer,
  name: string,
  birthDate: string | null,
  birthYear?: number | null,
): string[] {
  if (secret.length < minDuplicateKeySecretBytes) {
    throw new DomainError(
      'internal',
      `The duplicate key secret must have ${minDuplicateKeySecretBytes} bytes.`,
    );
  }
  const birth = birthPart(birthDate, birthYear);
  const keys = nameVariantsForMatching(name).map((tokens) =>
    createHmac('sha256', secret)
      .update(`${tokens.join(' ')}|${birth}`, 'utf8')
      .digest('hex'),
  );
  return [...new Set(keys)];
}

/**
 * Keys for finding a person by name alone (the persons list's name search), in the same blind
 * index as the duplicate keys: "*" never comes out of a birth part, so these keys never meet a
 * duplicate probe's and the duplicate check keeps its birth rule. Stored with the person's other
 * keys when it is created or its name changes.
 */
export function nameSearchKeys(secret: Buffer, name: string): string[] {
  if (secret.length < minDuplicateKeySecretBytes) {
    throw new DomainError(
      'internal',
      `The duplicate key secret must have ${minDuplicateKeySecretBytes} bytes.`,
    );
  }
  const keys = nameVariantsForMatching(name).map((tokens) =>
    createHmac('sha256', secret)
      .update(`${tokens.join(' ')}|*`, 'utf8')
      .digest('hex'),
  );
  return [...new Set(keys)];
}
