import { verifyAuditChain } from '@opennrm/core';
import { withRuntime } from '../runtime/open-runtime.ts';

/** `opennrm audit verify`: exit 0 when the chain is intact, 1 with the first break otherwise. */
export async function auditVerifyCommand(): Promise<number> {
  return withRuntime(async ({ deps }) => {
    const report = await verifyAuditChain(deps.store.audit);
    if (report.ok) {
      console.log(`The audit log is intact: ${report.checked} events checked, last event ${report.lastSeq}.`);
      return 0;
    }
    console.error(`The audit log was tampered with. ${report.problem?.message}`);
    console.error(`${report.checked} events before it are intact (up to event ${report.lastSeq}).`);
    return 1;
  });
}
