import { createAuditKeys } from '@opennrm/core';
import { loadAuditKey, loadConfig } from '@opennrm/server';

/**
 * `opennrm audit public-key`: the public half of the checkpoint signing key (PEM), for whoever
 * keeps or receives checkpoints outside. It needs no database, so it also runs next to a live
 * embedded server (whose data directory is locked).
 */
export function auditPublicKeyCommand(): void {
  const keys = createAuditKeys(loadAuditKey(loadConfig()));
  process.stdout.write(keys.publicKeyPem);
  console.error(`Key id ${keys.keyId}: the checkpoints it signs carry "keyId":"${keys.keyId}".`);
}
