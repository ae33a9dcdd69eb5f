import { existsSync, readFileSync } from 'node:fs';
import { readAuditCheckpoints, type TrailReport, verifyAuditChain, verifyAuditTrail } from '@opennrm/core';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `opennrm audit verify [--checkpoint FILE]`: exit 0 when the chain is intact (and matches every
 * checkpoint of the file), 1 with the first break otherwise. Without --checkpoint it compares
 * with OPENNRM_AUDIT_CHECKPOINT_FILE when that file exists: the chain alone cannot see the newest
 * events deleted.
 */
export async function auditVerifyCommand(options: { checkpoint?: string } = {}): Promise<number> {
  return withRuntime(async ({ config, deps }) => {
    const configured = config.auditCheckpointFile && existsSync(config.auditCheckpointFile);
    const file = options.checkpoint ?? (configured ? config.auditCheckpointFile : null);
    if (!file) {
      const report = await verifyAuditChain(deps.store.audit);
      if (!report.ok) return printBroken(report.problem?.message, report.checked, report.lastSeq);
      console.log(`The audit log is intact: ${report.checked} events checked, last event ${report.lastSeq}.`);
      console.log(
        'No checkpoint was compared: deleting the newest events would not show. Use --checkpoint FILE.',
      );
      return 0;
    }
    if (!existsSync(file)) throw new UsageError(`The checkpoint file ${file} does not exist.`);
    const keys = deps.store.audit.keys;
    if (!keys) throw new Error('The audit key is not loaded.');
    const read = readAuditCheckpoints(readFileSync(file, 'utf8'), keys.publicKeyPem);
    if (!read.ok) {
      console.error(`The checkpoint file ${file} was tampered with. ${read.message}`);
      return 1;
    }
    if (read.checkpoints.length === 0) {
      console.error(`The checkpoint file ${file} holds no checkpoint: there is nothing to compare with.`);
      return 1;
    }
    const trail = await verifyAuditTrail(deps.store.audit, read.checkpoints);
    if (!trail.ok) {
      const { problem, chain } = trail;
      if (problem?.kind !== 'truncated' && problem?.kind !== 'rewritten') {
        return printBroken(problem?.message, chain.checked, chain.lastSeq, file);
      }
      console.error(`The audit log was tampered with. ${problem.message}`);
      console.error(`Compared with the checkpoints in ${file}.`);
      return 1;
    }
    printIntact(trail, file);
    return 0;
  });
}

function printIntact(trail: TrailReport, file: string): void {
  const { chain, latest } = trail;
  console.log(`The audit log is intact: ${chain.checked} events checked, last event ${chain.lastSeq}.`);
  const matches = trail.checkpoints === 1 ? 'the 1 checkpoint' : `all ${trail.checkpoints} checkpoints`;
  console.log(
    `It matches ${matches} in ${file}; the latest (${latest?.at}) vouches for events 1 to ${latest?.seq}, ${chain.lastSeq - (latest?.seq ?? 0)} events came after it.`,
  );
  if (chain.unkeyed > 0) {
    console.log(`${chain.unkeyed} events were hashed before the audit key existed (hash version 1).`);
  }
}

function printBroken(message: string | undefined, checked: number, lastSeq: number, file?: string): number {
  console.error(`The audit log was tampered with. ${message}`);
  console.error(`${checked} events before it are intact (up to event ${lastSeq}).`);
  if (file) console.error(`Compared with the checkpoints in ${file}.`);
  return 1;
}
