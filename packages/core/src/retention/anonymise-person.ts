import { recordAudit } from '../audit/record-audit.ts';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import type { Deps } from '../context.ts';
import { conflict } from '../support/errors.ts';

export interface AnonymiseRequest {
  /** `retention` (the scheduled run) or `erasure` (a lawful request). */
  reason: 'retention' | 'erasure';
  /** Codes and references only: the audit never holds personal data. */
  details?: Record<string, string>;
}

/**
 * Anonymises one person in one transaction, after checking its holds under the person's row
 * lock (a case linked or a hold set meanwhile wins). Throws 409 when held; false when it was
 * anonymised before. The audit event names the person's id and the reason, nothing else.
 */
export async function anonymiseOnePerson(
  deps: Pick<Deps, 'store' | 'clock'>,
  actor: Actor | null,
  request: RequestMeta | null,
  personId: string,
  what: AnonymiseRequest,
): Promise<boolean> {
  return deps.store.transaction(async (tx) => {
    const holds = await tx.retention.holdsOf(personId);
    if (holds.length > 0)
      throw conflict('The person is held: nothing is anonymised while a hold applies.', { holds });
    const done = await tx.retention.anonymisePerson(personId, deps.clock.now());
    if (!done) return false;
    await recordAudit({ store: tx, clock: deps.clock }, actor, request, {
      action: what.reason === 'erasure' ? 'person.erased' : 'person.anonymised',
      entityType: 'person',
      entityId: personId,
      details: { reason: what.reason, ...what.details },
    });
    return true;
  });
}
