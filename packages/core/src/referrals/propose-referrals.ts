import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { readReferralSettings } from './referral-settings.ts';
import { openReferralStatuses, type ReferralService } from './referral-vocabulary.ts';
import { ruleMatches } from './routing-rules.ts';

export interface ReferralProposal {
  ruleId: string;
  organisationId: string;
  organisationName: string;
  services: ReferralService[];
}

/**
 * Applies the country's routing rules to a person: foreign adults to the migration service,
 * children to child protection and the police, everyone to the victim assistance centre, ...
 * One organisation per rule (same region first); never the sender, never one already holding
 * an open referral. The user may change everything before sending.
 */
export async function proposeReferrals(ctx: Ctx, personId: string): Promise<ReferralProposal[]> {
  const { person } = await loadPersonFor(ctx, personId, 'refer');
  const [settings, identification, exploitation, existing, organisations] = await Promise.all([
    readReferralSettings(ctx.store),
    readIdentificationSettings(ctx.store),
    ctx.store.persons.getExploitation(personId),
    ctx.store.referrals.listForPerson(personId),
    ctx.store.organisations.list({}),
  ]);
  const sender = organisations.find((o) => o.id === ctx.actor.organisationId);
  const facts = {
    foreign:
      person.citizenships.length === 0 ? null : !person.citizenships.includes(identification.countryCode),
    child: person.childAtIdentification === true || exploitation?.childAtExploitation === true,
    forms: exploitation?.forms ?? [],
    region: sender?.region ?? null,
  };
  const taken = new Set([
    ctx.actor.organisationId,
    ...existing.filter((r) => openReferralStatuses.includes(r.status)).map((r) => r.toOrganisationId),
  ]);
  const proposals: ReferralProposal[] = [];
  for (const rule of settings.routingRules.filter((r) => ruleMatches(r, facts))) {
    const candidates = organisations.filter((o) => o.active && o.type === rule.toType && !taken.has(o.id));
    const pick = candidates.find((o) => o.region && o.region === facts.region) ?? candidates[0];
    if (!pick) continue;
    taken.add(pick.id);
    proposals.push({
      ruleId: rule.id,
      organisationId: pick.id,
      organisationName: pick.name,
      services: rule.services,
    });
  }
  return proposals;
}
