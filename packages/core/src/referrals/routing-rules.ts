import type { ExploitationForm } from '../identification/identification-vocabulary.ts';
import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { ReferralService } from './referral-vocabulary.ts';

/**
 * A country's routing rule: when a person matches `when`, propose a referral to an organisation
 * of `toType` for `services`. Rules are configuration (an administrator changes them); the
 * proposals are only proposals: the user adds, removes or changes recipients.
 */
export interface RoutingRule {
  id: string;
  when: { foreign?: boolean; child?: boolean; forms?: ExploitationForm[]; region?: string };
  toType: OrganisationType;
  services: ReferralService[];
}

/** The seed report's procedures: foreign -> migration service, nationals -> police, children -> child protection and police, everyone -> victim assistance centre. */
export const defaultRoutingRules: RoutingRule[] = [
  {
    id: 'foreign-adult-migration',
    when: { foreign: true, child: false },
    toType: 'migration_service',
    services: ['residence_permit', 'reflection_period'],
  },
  {
    id: 'national-adult-police',
    when: { foreign: false, child: false },
    toType: 'police',
    services: ['identification_decision', 'investigation'],
  },
  {
    id: 'child-protection',
    when: { child: true },
    toType: 'child_protection',
    services: ['child_protection'],
  },
  {
    id: 'child-police',
    when: { child: true },
    toType: 'police',
    services: ['identification_decision', 'investigation'],
  },
  {
    id: 'everyone-vac',
    when: {},
    toType: 'victim_assistance_centre',
    services: ['shelter', 'medical', 'psychological', 'legal'],
  },
];

export interface RoutingFacts {
  foreign: boolean | null;
  child: boolean;
  forms: ExploitationForm[];
  region: string | null;
}

export function ruleMatches(rule: RoutingRule, facts: RoutingFacts): boolean {
  const w = rule.when;
  if (w.foreign !== undefined && facts.foreign !== w.foreign) return false;
  if (w.child !== undefined && facts.child !== w.child) return false;
  if (w.forms && !w.forms.some((f) => facts.forms.includes(f))) return false;
  if (w.region && facts.region !== w.region) return false;
  return true;
}
