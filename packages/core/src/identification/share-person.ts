import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { invalid } from '../support/errors.ts';
import { loadPersonFor } from './person-access.ts';

/**
 * Gives another organisation need-to-know access to a person, for example the police to take
 * the identification decision. Referrals (a later module) will open and close such access with
 * their lifecycle; this is the direct form, audited both ways.
 */
export async function sharePerson(
  ctx: Ctx,
  personId: string,
  organisationId: string,
  reason: string,
): Promise<void> {
  if (!reason.trim()) throw invalid('Say why the record is shared.', { fields: { reason: 'required' } });
  await ctx.store.transaction(async (tx) => {
    const person = await loadPersonFor(ctx, personId, 'person', 'update', tx);
    const organisation = await tx.organisations.get(organisationId);
    if (!organisation?.active)
      throw invalid('The organisation does not exist or is inactive.', {
        fields: { organisationId: 'unknown' },
      });
    if (organisationId === person.organisationId)
      throw invalid('The record already belongs to that organisation.');
    await tx.persons.grantAccess(personId, organisationId, reason.trim().slice(0, 500), ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.shared',
      entityType: 'person',
      entityId: personId,
      details: { organisationId, reason: reason.trim().slice(0, 500) },
    });
  });
}

/** Ends a share; the owner's access never ends this way. */
export async function unsharePerson(ctx: Ctx, personId: string, organisationId: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'person', 'update', tx);
    const ended = await tx.persons.revokeAccess(personId, organisationId, ctx.clock.now());
    if (ended === 0) return;
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.unshared',
      entityType: 'person',
      entityId: personId,
      details: { organisationId },
    });
  });
}
