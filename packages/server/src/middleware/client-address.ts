import { isIP } from 'node:net';

/** Whether `address` matches an entry: an exact address or an IPv4 CIDR block. */
export function isTrusted(address: string, trusted: readonly string[]): boolean {
  const plain = address.replace(/^::ffff:/, '');
  return trusted.some((entry) => {
    if (!entry.includes('/')) return entry.replace(/^::ffff:/, '') === plain;
    const [base, bitsText] = entry.split('/');
    const bits = Number(bitsText);
    if (isIP(plain) !== 4 || isIP(base ?? '') !== 4 || !(bits >= 0 && bits <= 32)) return false;
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (toInt(plain) & mask) >>> 0 === (toInt(base ?? '') & mask) >>> 0;
  });
}

function toInt(ipv4: string): number {
  return ipv4.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0);
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy, in which case the
 * right-most address in X-Forwarded-For that is not itself a trusted proxy. Left-most entries
 * are whatever the client chose to send and are never believed.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: readonly string[],
): string | null {
  if (!peer) return null;
  if (!forwardedFor || !isTrusted(peer, trusted)) return peer.replace(/^::ffff:/, '');
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] ?? '';
    if (!isIP(hop.replace(/^::ffff:/, ''))) return peer.replace(/^::ffff:/, '');
    if (!isTrusted(hop, trusted)) return hop.replace(/^::ffff:/, '');
  }
  return (hops[0] ?? peer).replace(/^::ffff:/, '');
}
