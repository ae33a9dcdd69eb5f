import type { Ctx } from '../context.ts';
import type { PersonAccessFacts } from '../policy/person-access-facts.ts';
import { linksOf, mayOnPerson } from '../policy/person-access-policy.ts';
import { type PersonAction, personActions } from '../policy/person-access-rules.ts';
import { openReferralStatuses } from '../referrals/referral-vocabulary.ts';
import { nationalityOf, traffickingScopeOf } from '../statistics/definitions/trafficking-scope.ts';
import { readIdentificationSettings } from './identification-settings.ts';
import type { Exploitation, IdentificationDecision, Person, Screening } from './person.ts';
import { loadPersonFor } from './person-access.ts';

export interface PersonFile {
  person: Person;
  screenings: Screening[];
  decisions: IdentificationDecision[];
  exploitation: Exploitation | null;
  /** Organisations that can open this record (owner first); others than the owner see the owner and themselves. */
  organisations: { id: string; name: string; owner: boolean }[];
  /** Identified by an NGO and never decided on by the state. */
  ngoOnly: boolean;
  /** core's traffickingScopeOf (the report's definition); null when it is unknown. */
  scope: 'internal' | 'transnational' | null;
  /** Foreign when no citizenship is the country's own; null when citizenship is unknown. */
  foreign: boolean | null;
  overdue: boolean;
  canReveal: { identity: boolean; sensitive: boolean };
  /** What the actor may do to this record, from the one policy: the web shows only these actions. */
  may: Record<PersonAction, boolean>;
}

/** Everything about a person except sealed values: the person page's data. */
export async function getPersonFile(ctx: Ctx, id: string): Promise<PersonFile> {
  const { person, facts } = await loadPersonFor(ctx, id, 'read');
  const settings = await readIdentificationSettings(ctx.store);
  const exploitation = (await ctx.store.persons.getExploitation(id)) ?? null;
  const scope = traffickingScopeOf(
    {
      citizenships: person.citizenships,
      recruitmentCountries: exploitation?.recruitmentCountries ?? [],
      transitCountries: exploitation?.transitCountries ?? [],
      exploitationCountries: exploitation?.exploitationCountries ?? [],
    },
    settings.countryCode,
  );
  const nationality = nationalityOf(person.citizenships, settings.countryCode);
  // A recipient who holds the person only through referrals sees the sections those referrals give.
  const links = linksOf(ctx.actor.organisationId, facts);
  const onlyReferrals = links.every((l) => l.referralId !== undefined);
  const viaReferral = onlyReferrals
    ? (await ctx.store.referrals.listForPerson(id)).filter((r) => links.some((l) => l.referralId === r.id))
    : [];
  const sections = new Set(viaReferral.flatMap((r) => r.sections));
  const shows = (section: 'screenings' | 'exploitation' | 'decisions') =>
    !onlyReferrals || sections.has(section);
  // Where else the person is helped is a location: only the owner sees every holder.
  const holders = mayOnPerson(ctx.actor, 'see_holders', facts)
    ? holdersOf(facts)
    : [person.organisationId, ctx.actor.organisationId];
  const names = await ctx.store.organisations.namesOf([...new Set([person.organisationId, ...holders])]);
  return {
    person,
    screenings: shows('screenings') ? await ctx.store.screenings.listForPerson(id) : [],
    decisions: shows('decisions') ? await ctx.store.decisions.listForPerson(id) : [],
    exploitation: shows('exploitation') ? exploitation : null,
    organisations: [...new Set([person.organisationId, ...holders])].map((orgId) => ({
      id: orgId,
      name: names.get(orgId) ?? '?',
      owner: orgId === person.organisationId,
    })),
    ngoOnly: isNgoOnly(person),
    // Whether the person was exploited abroad is part of the exploitation section.
    scope: scope === 'unknown' || !shows('exploitation') ? null : scope,
    foreign: nationality === 'unknown' ? null : nationality === 'foreign',
    overdue: isOverdue(person, ctx.clock.now()),
    canReveal: {
      identity: mayOnPerson(ctx.actor, 'reveal_identity', facts),
      sensitive: mayOnPerson(ctx.actor, 'reveal_sensitive', facts),
    },
    may: Object.fromEntries(personActions.map((a) => [a, mayOnPerson(ctx.actor, a, facts)])) as Record<
      PersonAction,
      boolean
    >,
  };
}

/**
 * Who can open the record, from the facts already loaded (what `PersonStore.organisationsWithAccess`
 * reads again): the owner, active shares as granted, then open referrals' recipients as sent.
 */
function holdersOf(facts: PersonAccessFacts): string[] {
  return [
    ...new Set([
      facts.ownerOrganisationId,
      ...facts.shares.map((s) => s.organisationId),
      ...facts.referrals
        .filter((r) => openReferralStatuses.includes(r.status))
        .map((r) => r.toOrganisationId),
    ]),
  ];
}

export function isNgoOnly(person: Person): boolean {
  return person.status === 'identified' && !person.stateDecided;
}

export function isOverdue(person: Person, now: Date): boolean {
  return (
    person.status === 'presumed' &&
    !person.stateDecided &&
    person.decisionDueAt !== null &&
    person.decisionDueAt < now
  );
}
