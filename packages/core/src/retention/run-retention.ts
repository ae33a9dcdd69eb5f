import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { anonymiseOnePerson } from './anonymise-person.ts';
import { personBatch } from './plan-retention.ts';
import { cutoffDay, readRetentionSettings } from './retention-rules.ts';

export interface RetentionRunResult {
  personsAnonymised: number;
  personsHeld: number;
  hotlineContacts: number;
  defendants: number;
  notifications: number;
}

/** A defendant's name column is not null: the name becomes this, sealed like any name. */
export const erasedName = '[erased]';

/**
 * One retention run (the `retention` job, once a day across processes): anonymises every person
 * whose last event is older than the rule and who is not held, one transaction each (a stopped
 * run loses nothing and the next continues), then applies the other record types' rules, and
 * audits the counts. Null when retention is off. The statistics keep every count: only what identifies is destroyed.
 */
export async function runRetention(
  deps: Pick<Deps, 'store' | 'clock' | 'sealer'>,
): Promise<RetentionRunResult | null> {
  const now = deps.clock.now();
  const { enabled, rules } = await readRetentionSettings(deps.store);
  // Off until the administrator confirms the country's periods: the job runs and does nothing.
  if (!enabled) return null;
  const retention = deps.store.retention;
  const result: RetentionRunResult = {
    personsAnonymised: 0,
    personsHeld: 0,
    hotlineContacts: 0,
    defendants: 0,
    notifications: 0,
  };
  const before = cutoffDay(now, rules.person.years);
  const seen = new Set<string>();
  for (;;) {
    // Held persons come back on every look: read past them until a batch has nothing new.
    const batch = (await retention.expiredPersons(before, personBatch + seen.size)).filter(
      (p) => !seen.has(p.personId),
    );
    if (batch.length === 0) break;
    for (const person of batch) {
      seen.add(person.personId);
      if (person.holds.length > 0) {
        result.personsHeld += 1;
        continue;
      }
      try {
        if (await anonymiseOnePerson(deps, null, null, person.personId, { reason: 'retention' }))
          result.personsAnonymised += 1;
      } catch (error) {
        // Held since it was read (a case linked, a hold set): kept, counted as held.
        if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
        result.personsHeld += 1;
      }
    }
  }
  result.hotlineContacts = await retention.anonymiseHotlineContactsBefore(
    cutoffDay(now, rules.hotline_contact.years),
  );
  const defendants = await retention.defendantsJudgedBefore(cutoffDay(now, rules.criminal_case.years));
  result.defendants = await retention.replaceDefendantNames(
    defendants.map((id) => ({ id, nameSealed: deps.sealer.seal(erasedName, `defendant.name.${id}`) })),
    now,
  );
  result.notifications = await retention.deleteNotificationsBefore(
    new Date(`${cutoffDay(now, rules.notification.years)}T00:00:00Z`),
  );
  await recordAudit(deps, null, null, {
    action: 'retention.run',
    entityType: 'retention',
    details: { ...result },
  });
  return result;
}
