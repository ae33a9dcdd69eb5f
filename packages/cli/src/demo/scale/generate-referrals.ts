import type { ReferralService, ReferralStatus } from '@opennrm/core';
import type { ScreeningRecord } from './person-bundle.ts';
import { playLifecycle } from './referral-lifecycle.ts';
import type { OrgKey, ScaleContext, ScaleOrganisation } from './scale-context.ts';
import { type SeededRandom, weights } from './seeded-random.ts';

export interface ConsentRecord {
  id: string;
  purposes: string[];
  organisationIds: string[];
  means: string;
  givenOn: string;
  recordedBy: string;
  recordedAt: Date;
  withdrawnAt: Date | null;
}

export interface ReferralRecord {
  id: string;
  to: ScaleOrganisation;
  services: ReferralService[];
  urgency: 'normal' | 'urgent';
  shareIdentity: boolean;
  consentId: string | null;
  childRule: boolean;
  overrideReason: string | null;
  status: ReferralStatus;
  declineReason: string | null;
  withdrawReason: string | null;
  sentAt: Date;
  respondBy: Date;
  respondedBy: string | null;
  respondedAt: Date | null;
  closedAt: Date | null;
  escalatedAt: Date | null;
  updatedAt: Date;
}

const servicesOf: Record<string, ReferralService[]> = {
  police: ['investigation', 'identification_decision'],
  migration_service: ['residence_permit', 'reflection_period'],
  shelter: ['shelter', 'medical', 'psychological'],
  ngo: ['shelter', 'legal', 'psychological'],
  victim_assistance_centre: ['psychological', 'legal', 'vocational_training', 'financial_allowance'],
};
const howMany = weights<number>([
  [1, 45],
  [2, 38],
  [3, 17],
]);
const day = 86_400_000;

/**
 * Consent (most screened adults) and 1-3 referrals from the owner to the police, the migration
 * service (foreigners), shelters and the assistance centre, with the identity basis the app would
 * require (consent covering the recipient, the child rule, a rare override, or no identity) and
 * a lifecycle: answered on time or late, accepted then completed, declined, withdrawn, or still
 * unanswered (overdue, already escalated).
 */
export function generateReferrals(
  ctx: ScaleContext,
  random: SeededRandom,
  ids: SeededRandom,
  p: {
    owner: ScaleOrganisation;
    child: boolean | null;
    foreign: boolean;
    screenings: ScreeningRecord[];
    createdAt: Date;
    asOf: Date;
  },
): { consent: ConsentRecord | null; referrals: ReferralRecord[] } {
  const presumed = p.screenings.find((s) => s.outcome === 'presumed_victim');
  const count = presumed ? random.weighted(howMany) : random.chance(0.3) ? 1 : 0;
  const candidates = weights<OrgKey>(
    (
      [
        ['atd', 40],
        ['vac', 40],
        ['mia-shelter', 30],
        ['ngo-baku', 20],
        ['ngo-ganja', 10],
        ['sms', p.foreign ? 60 : 0],
      ] as const
    ).filter(([key, w]) => w > 0 && ctx.orgs[key].id !== p.owner.id),
  );
  const recipients = new Set<OrgKey>();
  while (recipients.size < count) recipients.add(random.weighted(candidates));
  const start = (presumed ?? p.screenings[0])?.recordedAt ?? p.createdAt;
  const consent =
    p.child !== true && presumed && random.chance(0.8)
      ? {
          id: ids.uuid(),
          purposes: random.chance(0.4)
            ? ['share_identity', 'receive_services', 'contact_by_phone']
            : ['share_identity', 'receive_services'],
          organisationIds: [...recipients].map((k) => ctx.orgs[k].id),
          means: random.pick(['written', 'written', 'written', 'oral_witnessed', 'electronic']),
          givenOn: start.toISOString().slice(0, 10),
          recordedBy: p.owner.userId,
          recordedAt: new Date(start.getTime() + random.int(5, 60) * 60_000),
          withdrawnAt: null as Date | null,
        }
      : null;
  let at = (consent?.recordedAt ?? start).getTime();
  const referrals: ReferralRecord[] = [];
  for (const key of recipients) {
    at += random.int(10, 96 * 60) * 60_000;
    if (at > p.asOf.getTime()) break;
    const urgency = random.chance(0.12) ? 'urgent' : 'normal';
    const sentAt = new Date(at);
    const respondBy = ctx.workingDays.add(sentAt, ctx.responseWorkingDays[urgency]);
    const basis = identityBasis(random, p.child === true, consent?.id ?? null);
    const to = ctx.orgs[key];
    const r: ReferralRecord = {
      id: ids.uuid(),
      to,
      services: random.sample(servicesOf[to.type] ?? ['other'], random.int(1, 2)),
      urgency,
      ...basis,
      status: 'sent',
      declineReason: null,
      withdrawReason: null,
      sentAt,
      respondBy,
      respondedBy: null,
      respondedAt: null,
      closedAt: null,
      escalatedAt: null,
      updatedAt: sentAt,
    };
    playLifecycle(random, r, p.asOf);
    referrals.push(r);
  }
  if (consent && random.chance(0.02)) {
    const withdrawn = consent.recordedAt.getTime() + random.int(30, 300) * day;
    if (withdrawn < p.asOf.getTime()) consent.withdrawnAt = new Date(withdrawn);
  }
  return { consent, referrals };
}

function identityBasis(random: SeededRandom, child: boolean, consentId: string | null) {
  const none = { shareIdentity: false, consentId: null, childRule: false, overrideReason: null };
  if (child) return random.chance(0.9) ? { ...none, shareIdentity: true, childRule: true } : none;
  if (consentId) return { ...none, shareIdentity: true, consentId };
  if (random.chance(0.05))
    return { ...none, shareIdentity: true, overrideReason: 'Immediate danger to the person' };
  return none;
}
