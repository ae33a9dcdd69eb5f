import { Secret, TOTP } from 'otpauth';

const period = 30;

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. */
function totpOf(secretBase32: string, label = 'OpenNRM', issuer = 'OpenNRM'): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** 160 random bits (RFC 4226's recommended length), in base32 for manual entry. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a phone scans: the issuer and the account's email name the entry. */
export function totpUri(secretBase32: string, accountName: string, issuer: string): string {
  return totpOf(secretBase32, accountName, issuer).toString();
}

/**
 * The time step a code belongs to, or null when it matches none. One step either side is
 * accepted (a phone's clock a little off, a code typed as it turned over).
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / period) + delta;
}

/** The code for a moment: for tests and for nothing else. */
export function generateTotpCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}
