import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import { historicAfterDays } from './referral-dates.ts';

/**
 * Escalates referrals left unanswered past their deadline: the recipient, the sender and the
 * national coordinator's office are notified, once per referral (the mark is a compare-and-set,
 * so two server processes sweeping at once still notify once). The seed report's gap, bodies
 * that do not answer, becomes visible to whoever coordinates.
 *
 * Only deadlines of the last historicAfterDays days are swept: a referral sent in 2014 and
 * loaded today is overdue since 2014 (the inbox says so), but mailing everyone about it now
 * would be noise, and a history load would mail thousands. Since the default backdating limit
 * is the same number of days, a referral dated back to dodge the sweep cannot be entered
 * without the administrator first widening the limit.
 */
export async function escalateOverdueReferrals(
  deps: Pick<Deps, 'store' | 'clock' | 'newId'>,
  limit = 200,
): Promise<number> {
  const now = deps.clock.now();
  const after = new Date(now.getTime() - historicAfterDays * 86_400_000);
  const overdue = await deps.store.referrals.listOverdueUnescalated({ after, before: now }, limit);
  if (overdue.length === 0) return 0;
  const coordinators = (await deps.store.organisations.list({}))
    .filter((o) => o.type === 'coordinator')
    .map((o) => o.id);
  let escalated = 0;
  for (const referral of overdue) {
    await deps.store.transaction(async (tx) => {
      if ((await tx.referrals.transition(referral.id, ['sent'], { escalatedAt: now, updatedAt: now })) === 0)
        return;
      const person = await tx.persons.get(referral.personId);
      const notify = new Set([referral.toOrganisationId, referral.fromOrganisationId, ...coordinators]);
      for (const organisationId of notify) {
        await tx.notifications.create({
          id: deps.newId(),
          organisationId,
          kind: 'referral.overdue',
          referralId: referral.id,
          personCode: person?.code ?? null,
          createdAt: now,
          readAt: null,
        });
      }
      await recordAudit({ store: tx, clock: deps.clock }, null, null, {
        action: 'referral.escalated',
        entityType: 'referral',
        entityId: referral.id,
        details: { respondBy: referral.respondBy.toISOString(), notified: [...notify] },
      });
      escalated += 1;
    });
  }
  return escalated;
}
