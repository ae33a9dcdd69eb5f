import { describe, expect, it } from 'vitest';
import { defaultSecurity } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { assertAcceptablePassword } from './password-rules.ts';

function reason(
  password: string,
  email = 'maria.aliyeva@example.org',
  displayName = 'Maria Aliyeva',
): string | null {
  try {
    assertAcceptablePassword(password, { email, displayName }, defaultSecurity);
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
    expect(reason('tiger lily at dawn')).toBeNull();
    expect(reason('k8#Qm2!zP0vR')).toBeNull();
    expect(reason(`${'tiger lily at dawn '.repeat(13)}x`.slice(0, 256))).toBeNull();
  });

  it('accepts the passwords the demo, the docs and the test fixtures use', () => {
    for (const password of [
      'OpenNRM-demo-2015',
      'test-password-long-enough',
      'correct horse battery staple',
      'a long enough passphrase',
      'a brand new passphrase',
      'freshly issued passphrase',
      'another long passphrase',
      'my new passphrase!',
      'E2e-initial-pass-2015',
      'a-long-first-password',
      'another-long-password',
    ]) {
      expect(reason(password, 'someone@example.org', 'Nargiz Hasanova'), password).toBeNull();
    }
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

  it('refuses repeated characters and trivial sequences however long', () => {
    for (const password of [
      'aaaaaaaaaaaa',
      'x'.repeat(256),
      'abababababab',
      'abcabcabcabc',
      'passwordpassword',
      'abcdefghijkl',
      '123456789012',
      '987654321098',
      'qwertyuiop12',
      'abcd1234wxyz',
      '1qaz2wsx3edc4rfv',
      'йцукенгшщзхъ',
    ]) {
      expect(reason(password), password).toBe('trivial');
    }
  });

  it('refuses the most common passwords, also with digits and symbols around them or in l33t', () => {
    for (const password of [
      'password1234',
      'Password2026!',
      'P@ssw0rd-2026',
      'iloveyou1234',
      'football12345',
      'letmein!2026',
      '!!superman1985',
      'пароль123456',
    ]) {
      expect(reason(password), password).toBe('common');
    }
  });

  it('refuses the email itself and the person name', () => {
    expect(reason('maria.aliyeva@example.org')).toBe('contains_email');
    expect(reason('bob@example.org', 'bob@example.org')).toBe('contains_email');
    expect(reason('aliyeva family 2026')).toBe('contains_name');
    expect(reason('MariaAliyeva forever', 'm.a@example.org')).toBe('contains_name');
    expect(reason('wonderful day for it', 'x@example.org', 'Ali Li')).toBeNull();
  });

  it('says what to fix in the message', () => {
    expect(() => assertAcceptablePassword('password1234', 'x@y.z', defaultSecurity)).toThrow(/most common/);
    expect(() => assertAcceptablePassword('aaaaaaaaaaaa', 'x@y.z', defaultSecurity)).toThrow(
      /repeated or sequential/,
    );
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
