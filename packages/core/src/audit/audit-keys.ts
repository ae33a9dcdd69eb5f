import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';

/**
 * What the audit trail does with the audit key. The key itself stays inside: the chain needs a
 * MAC, checkpoints a signature, outside verifiers the public key.
 */
export interface AuditKeys {
  /** HMAC-SHA256 (hex) of one chain link under the chain key. */
  macLink(body: string): string;
  /** Ed25519 signature (base64) of a checkpoint's message. */
  signCheckpoint(message: string): string;
  /** The public half of the checkpoint key (SPKI PEM): give it to whoever keeps checkpoints. */
  publicKeyPem: string;
  /** Which key signed a checkpoint: the first 16 hex digits of SHA-256 over the public key. */
  keyId: string;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): node imports Ed25519 keys only
// wrapped, and a seed derived from the audit key means no second secret to keep and back up.
const ed25519Pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Two keys derived from the one audit key (HKDF-SHA256 with distinct labels), so a chain MAC
 * can never double as a checkpoint signature. The checkpoint key is Ed25519 rather than an HMAC
 * so that a recipient of checkpoints (an oversight body, a mail archive) can check they are
 * genuine with the public key alone, without being able to make one.
 */
export function createAuditKeys(auditKey: Uint8Array): AuditKeys {
  if (auditKey.length !== 32) throw new Error('The audit key must be 32 bytes.');
  const chainKey = derive(auditKey, 'opennrm audit chain v2');
  const privateKey = createPrivateKey({
    key: Buffer.concat([ed25519Pkcs8Prefix, derive(auditKey, 'opennrm audit checkpoint ed25519')]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    macLink: (body) => createHmac('sha256', chainKey).update(body, 'utf8').digest('hex'),
    signCheckpoint: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
    publicKeyPem,
    keyId: auditKeyIdOf(publicKey),
  };
}

/** Checks a checkpoint signature with the public key only (what an outside verifier holds). */
export function verifyCheckpointSignature(publicKeyPem: string, message: string, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(message, 'utf8'),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false; // not a key or not a signature: not genuine either way
  }
}

/** The key id of a public key (PEM or key object). */
export function auditKeyIdOf(publicKey: string | KeyObject): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function derive(auditKey: Uint8Array, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', auditKey, Buffer.alloc(0), label, 32));
}
