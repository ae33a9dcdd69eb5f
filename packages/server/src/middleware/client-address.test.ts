import { describe, expect, it } from 'vitest';
import { isTrusted, resolveClientAddress } from './client-address.ts';

describe('client address', () => {
  const proxies = ['10.0.0.5', '192.168.1.0/24'];

  it('uses the socket peer when it is not a trusted proxy, ignoring what the client claims', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', undefined, proxies)).toBe('203.0.113.9');
  });

  it('takes the right-most untrusted hop behind trusted proxies', () => {
    // The client forged "6.6.6.6"; the proxy appended the real address it saw.
    expect(resolveClientAddress('10.0.0.5', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.5', '198.51.100.7, 192.168.1.20', proxies)).toBe('198.51.100.7');
  });

  it('falls back to the peer when the forwarded header is garbage', () => {
    expect(resolveClientAddress('10.0.0.5', 'not-an-ip', proxies)).toBe('10.0.0.5');
  });

  it('matches exact addresses and IPv4 CIDR blocks only', () => {
    expect(isTrusted('192.168.1.77', proxies)).toBe(true);
    expect(isTrusted('192.168.2.1', proxies)).toBe(false);
    expect(isTrusted('::ffff:10.0.0.5', proxies)).toBe(true);
    expect(isTrusted('10.0.0.6', proxies)).toBe(false);
    expect(isTrusted('10.0.0.6', ['10.0.0.0/33'])).toBe(false);
    expect(isTrusted('10.1.2.3', ['0.0.0.0/0'])).toBe(true);
  });

  it('returns null without a peer (in-process requests)', () => {
    expect(resolveClientAddress(undefined, '1.2.3.4', proxies)).toBeNull();
  });
});
