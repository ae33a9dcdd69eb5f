import { createSealer } from '@opennrm/core';
import { resealAll } from '@opennrm/db';
import { addKeyToFile, loadKeyring, verifyInstallationKeys } from '@opennrm/server';
import { withRuntime } from '../runtime/open-runtime.ts';
import { createProgress } from '../runtime/progress.ts';

/**
 * `opennrm keys rotate`: with a key file, adds a new key and makes it active; with
 * OPENNRM_DATA_KEY, the operator has put the new key first. Then every sealed value is
 * re-sealed in small batches. Old keys stay in the keyring so values not yet re-sealed (and a
 * server still running) keep working: no downtime.
 */
export async function keysRotateCommand(): Promise<void> {
  await withRuntime(async ({ config, db }) => {
    if (!config.dataKey) {
      const id = addKeyToFile(config.keyFile);
      console.log(`Added key ${id} to ${config.keyFile} and made it active.`);
      // Recorded before it seals anything, so a start without this key file is refused.
      await verifyInstallationKeys(db, config);
    }
    const sealer = createSealer(() => loadKeyring(config));
    console.log(`Re-sealing every sealed value under key ${sealer.activeKeyId()}…`);
    const progress = createProgress('re-sealed');
    const result = await resealAll(
      db,
      (value, aad) => sealer.reseal(value, aad),
      (n) => progress.update(n),
    );
    progress.done();
    console.log(`Done: ${result.scanned} sealed values checked, ${result.resealed} re-sealed.`);
  });
}
