import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { type DuplicateProbe, findPossibleDuplicates } from './find-possible-duplicates.ts';

/**
 * The duplicate check's answer to "held elsewhere": the caller asks the holder(s) to get in
 * touch. Each holding organisation is notified with its own record's code and the asking
 * organisation; the holder, who knows the person and the risks, decides whether to answer, to
 * refer or to share. The caller learns nothing it did not know from the check. (A hotline
 * operator, who opens no records, asks its own colleagues this way too.)
 */
export async function requestDuplicateContact(ctx: Ctx, probe: DuplicateProbe): Promise<{ sent: boolean }> {
  const { holders } = await findPossibleDuplicates(ctx, probe, 'contact');
  const now = ctx.clock.now();
  const notified = new Set<string>();
  await ctx.store.transaction(async (tx) => {
    // Each holder's own code for its record, all in one read.
    const codes = await tx.persons.codesOf(holders.map((h) => h.personId));
    for (const holder of holders) {
      const code = codes.get(holder.personId);
      if (!code) continue;
      notified.add(holder.organisationId);
      await tx.notifications.create({
        id: ctx.newId(),
        organisationId: holder.organisationId,
        kind: 'person.contact_requested',
        referralId: null,
        personCode: code,
        aboutOrganisationId: ctx.actor.organisationId,
        createdAt: now,
        readAt: null,
      });
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.contact_requested',
      entityType: 'person',
      entityId: null,
      details: { holdersNotified: notified.size },
    });
  });
  return { sent: notified.size > 0 };
}
