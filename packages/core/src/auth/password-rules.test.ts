import { describe, expect, it } from 'vitest';
import { defaultSecurity } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { assertAcceptablePassword } from './password-rules.ts';

function reason(password: string, email = 'maria.aliyeva@example.org'): string | null {
  try {
    assertAcceptablePassword(password, email, defaultSecurity);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    return ((error as DomainError).details as { fields: { password: string } }).fields.password;
  }
}

describe('assertAcceptablePassword', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(reason('plain lower case words')).toBeNull();
    expect(reason('a'.repeat(defaultSecurity.minPasswordLength))).toBeNull();
    expect(reason('x'.repeat(256))).toBeNull();
  });

  it('refuses passwords shorter than minPasswordLength and says the minimum', () => {
    expect(reason('a'.repeat(defaultSecurity.minPasswordLength - 1))).toBe('too_short');
    expect(reason('')).toBe('too_short');
    expect(() => assertAcceptablePassword('short', 'a@b.c', defaultSecurity)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(String(defaultSecurity.minPasswordLength)),
        details: expect.objectContaining({ minLength: defaultSecurity.minPasswordLength }),
      }),
    );
  });

  it('refuses passwords over 256 characters', () => {
    expect(reason('x'.repeat(257))).toBe('too_long');
  });

  it('refuses a password containing the email name, in any case', () => {
    expect(reason('my name is maria.aliyeva!')).toBe('contains_email');
    expect(reason('MARIA.ALIYEVA-2026-secure')).toBe('contains_email');
  });

  it('ignores very short email names that would match by chance', () => {
    expect(reason('bob is a long passphrase', 'bob@example.org')).toBeNull();
  });

  it('follows the configured minimum', () => {
    expect(() =>
      assertAcceptablePassword('twenty chars long!!', 'x@y.z', { ...defaultSecurity, minPasswordLength: 20 }),
    ).toThrow(DomainError);
  });
});
