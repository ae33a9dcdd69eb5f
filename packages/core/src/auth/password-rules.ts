import type { SecuritySettings } from '../context.ts';
import { invalid } from '../support/errors.ts';
import { isCommonPassword } from './common-password.ts';
import { isTrivialPassword } from './trivial-password.ts';

/** Who the password is for: it must not be guessable from who they are. */
export interface PasswordOwner {
  email: string;
  displayName?: string;
}

const field = 'password';

/**
 * Length matters most (NIST SP 800-63B), and composition rules only push people to predictable
 * patterns, so there are none. What 800-63B asks instead is refused: passwords from breach
 * corpora (with the usual digits and symbols around them), repeated and sequential characters,
 * and context-specific words (the email and the person's name).
 */
export function assertAcceptablePassword(
  password: string,
  owner: string | PasswordOwner,
  security: SecuritySettings,
): void {
  const { email, displayName = '' } = typeof owner === 'string' ? { email: owner } : owner;
  if (password.length < security.minPasswordLength) {
    throw invalid(`The password must have at least ${security.minPasswordLength} characters.`, {
      fields: { [field]: 'too_short' },
      minLength: security.minPasswordLength,
    });
  }
  if (password.length > 256) {
    throw invalid('The password must have at most 256 characters.', { fields: { [field]: 'too_long' } });
  }
  const lower = password.toLowerCase();
  const local = email.trim().split('@')[0]?.toLowerCase() ?? '';
  if ((local.length >= 4 && lower.includes(local)) || lower.includes(email.trim().toLowerCase())) {
    throw invalid('The password must not contain your email name.', {
      fields: { [field]: 'contains_email' },
    });
  }
  if (namePartsOf(displayName).some((part) => lower.includes(part))) {
    throw invalid('The password must not contain your name.', { fields: { [field]: 'contains_name' } });
  }
  if (isTrivialPassword(password)) {
    throw invalid(
      'The password is made of repeated or sequential characters. Choose a less predictable one.',
      {
        fields: { [field]: 'trivial' },
      },
    );
  }
  if (isCommonPassword(password)) {
    throw invalid(
      'This password is among the most common ones, which attackers try first. Choose a less common one.',
      { fields: { [field]: 'common' } },
    );
  }
}

/** Parts of the name long enough not to match by chance ("Ali" would refuse "totalitarian"). */
function namePartsOf(displayName: string): string[] {
  const whole = displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const parts = displayName.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return [...parts, whole].filter((p) => p.length >= 4);
}
