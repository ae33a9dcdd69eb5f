import type { SecuritySettings } from '../context.ts';
import { invalid } from '../support/errors.ts';

/**
 * Length is what matters (NIST SP 800-63B); composition rules only push people to predictable
 * patterns. We refuse short passwords and ones that contain the user's own email name.
 */
export function assertAcceptablePassword(password: string, email: string, security: SecuritySettings): void {
  const field = 'password';
  if (password.length < security.minPasswordLength) {
    throw invalid(`The password must have at least ${security.minPasswordLength} characters.`, {
      fields: { [field]: 'too_short' },
      minLength: security.minPasswordLength,
    });
  }
  if (password.length > 256) {
    throw invalid('The password must have at most 256 characters.', { fields: { [field]: 'too_long' } });
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) {
    throw invalid('The password must not contain your email name.', {
      fields: { [field]: 'contains_email' },
    });
  }
}
