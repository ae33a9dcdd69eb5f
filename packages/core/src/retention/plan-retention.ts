import type { Ctx, Deps } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { cutoffDay, type RetentionSettings, readRetentionSettings } from './retention-rules.ts';
import type { HoldKind } from './retention-vocabulary.ts';

/** How many codes a plan lists; the counts are always complete. */
const listed = 1_000;
/** How many expired persons one look reads (a run continues until none is left). */
export const personBatch = 500;

export interface RetentionPlan {
  asOf: string;
  /** Whether the scheduled run applies the rules (the dry run plans either way). */
  enabled: RetentionSettings['enabled'];
  rules: RetentionSettings['rules'];
  persons: {
    due: number;
    held: number;
    /** Codes of the persons a run would anonymise (pseudonyms, never a name). */
    dueCodes: string[];
    heldCodes: { code: string; holds: HoldKind[] }[];
  };
  hotlineContacts: number;
  defendants: number;
  notifications: number;
}

/** What a run would do now, changing nothing: the administrator's dry run. */
export async function planRetention(ctx: Ctx): Promise<RetentionPlan> {
  authorize(ctx.actor, 'retention', 'read');
  return computeRetentionPlan(ctx);
}

export async function computeRetentionPlan(deps: Pick<Deps, 'store' | 'clock'>): Promise<RetentionPlan> {
  const now = deps.clock.now();
  const { enabled, rules } = await readRetentionSettings(deps.store);
  const retention = deps.store.retention;
  const expired = await retention.expiredPersons(cutoffDay(now, rules.person.years), Number.MAX_SAFE_INTEGER);
  const due = expired.filter((p) => p.holds.length === 0);
  const held = expired.filter((p) => p.holds.length > 0);
  const judged = await retention.defendantsJudgedBefore(cutoffDay(now, rules.criminal_case.years));
  return {
    asOf: now.toISOString(),
    enabled,
    rules,
    persons: {
      due: due.length,
      held: held.length,
      dueCodes: due.slice(0, listed).map((p) => p.code),
      // Only the administrator's own legal holds are named. Which codes an open criminal case or
      // an open shelter stay keeps would tell the administrator (who may see no person) that a
      // victim is in proceedings or in a shelter now; those stay a count in `held`.
      heldCodes: held
        .filter((p) => p.holds.includes('legal_hold'))
        .slice(0, listed)
        .map((p) => ({ code: p.code, holds: ['legal_hold' as const] })),
    },
    hotlineContacts: await retention.countHotlineContactsBefore(cutoffDay(now, rules.hotline_contact.years)),
    defendants: judged.length,
    notifications: await retention.countNotificationsBefore(
      new Date(`${cutoffDay(now, rules.notification.years)}T00:00:00Z`),
    ),
  };
}
