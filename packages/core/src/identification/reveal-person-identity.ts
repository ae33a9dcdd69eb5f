import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { type PersonIdentity, type SealedPersonField, sealedPersonFields } from './person.ts';
import { loadPersonFor } from './person-access.ts';
import { unsealIdentity } from './seal-identity.ts';

/**
 * The deliberate "show identity" action. The audit event is written before anything is
 * unsealed, with the stated reason; special-category fields only for roles allowed them.
 */
export interface RevealedIdentity {
  identity: PersonIdentity;
  /** Grounds of each identification decision, sealed because they name people and places. */
  decisionGrounds: { decisionId: string; grounds: string }[];
}

export async function revealPersonIdentity(
  ctx: Ctx,
  id: string,
  reason: string | null,
): Promise<RevealedIdentity> {
  const { person, facts } = await loadPersonFor(ctx, id, 'reveal_identity');
  const withSensitive = mayOnPerson(ctx.actor, 'reveal_sensitive', facts);
  const fields: SealedPersonField[] = sealedPersonFields.filter((f) => f !== 'sensitive' || withSensitive);
  await recordAudit(ctx, ctx.actor, ctx.request, {
    action: 'person.identity_revealed',
    entityType: 'person',
    entityId: id,
    details: { code: person.code, reason: reason?.slice(0, 500) ?? null, fields },
  });
  const decisions = await ctx.store.decisions.listForPerson(id);
  return {
    identity: unsealIdentity(ctx.sealer, id, person.sealed, fields),
    decisionGrounds: decisions
      .filter((d) => d.groundsSealed)
      .map((d) => ({
        decisionId: d.id,
        grounds: ctx.sealer.unseal(d.groundsSealed ?? '', `decision.grounds.${d.id}`),
      })),
  };
}
