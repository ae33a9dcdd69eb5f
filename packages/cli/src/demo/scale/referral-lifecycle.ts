import type { ReferralRecord } from './generate-referrals.ts';
import { type SeededRandom, weights } from './seeded-random.ts';

type Answer = 'accept' | 'decline' | 'withdraw' | 'never';
const answers = weights<Answer>([
  ['accept', 78],
  ['decline', 14],
  ['withdraw', 5],
  ['never', 3],
]);
const hour = 3_600_000;
const day = 86_400_000;
const minTime = (a: number, b: Date) => Math.min(a, b.getTime());

/** Moves the referral through its statuses, stopping at the snapshot. */
export function playLifecycle(random: SeededRandom, r: ReferralRecord, asOf: Date): void {
  const answer = random.weighted(answers);
  const deadline = r.respondBy.getTime() - r.sentAt.getTime();
  const answered =
    r.sentAt.getTime() +
    (random.chance(0.72) ? Math.floor(random.next() * deadline) : deadline + random.int(1, 15 * 24) * hour);
  if (answer === 'never' || (answer !== 'withdraw' && answered > asOf.getTime())) {
    if (r.respondBy < asOf) r.escalatedAt = new Date(r.respondBy.getTime() + 5 * 60_000);
    r.updatedAt = r.escalatedAt ?? r.sentAt;
    return;
  }
  if (answer === 'withdraw') {
    const closed = minTime(r.sentAt.getTime() + random.int(1, 10) * day, asOf);
    Object.assign(r, { status: 'withdrawn', withdrawReason: 'The person moved away' });
    r.closedAt = r.updatedAt = new Date(closed);
    return;
  }
  r.respondedBy = r.to.userId;
  r.respondedAt = r.updatedAt = new Date(answered);
  if (answer === 'decline') {
    Object.assign(r, {
      status: 'declined',
      declineReason: random.pick(['No capacity', 'Outside our mandate']),
    });
    r.closedAt = r.respondedAt;
    return;
  }
  r.status = 'accepted';
  const end = answered + random.int(5, 180) * day;
  if (end > asOf.getTime()) return;
  const completes = random.chance(0.93);
  r.status = completes ? 'completed' : 'withdrawn';
  if (!completes) r.withdrawReason = 'The person declined further services';
  r.closedAt = r.updatedAt = new Date(end);
}
