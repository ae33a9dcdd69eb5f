import type { Ctx } from '../context.ts';
import { can } from '../policy/authorize.ts';
import { readIdentificationSettings } from './identification-settings.ts';
import type { Exploitation, IdentificationDecision, Person, Screening } from './person.ts';
import { loadPersonFor, personRecordRef } from './person-access.ts';

export interface PersonFile {
  person: Person;
  screenings: Screening[];
  decisions: IdentificationDecision[];
  exploitation: Exploitation | null;
  /** Organisations that can open this record (owner first). */
  organisationIds: string[];
  /** Identified by an NGO and never decided on by the state. */
  ngoOnly: boolean;
  /** From the countries of recruitment, transit and exploitation; null when none are known. */
  scope: 'internal' | 'transnational' | null;
  /** Foreign when no citizenship is the country's own; null when citizenship is unknown. */
  foreign: boolean | null;
  overdue: boolean;
  canReveal: { identity: boolean; sensitive: boolean };
}

/** Everything about a person except sealed values: the person page's data. */
export async function getPersonFile(ctx: Ctx, id: string): Promise<PersonFile> {
  const person = await loadPersonFor(ctx, id, 'person', 'read');
  const ref = await personRecordRef(ctx.store, person);
  const identityRef = await personRecordRef(ctx.store, person, 'identity');
  const settings = await readIdentificationSettings(ctx.store);
  const exploitation = (await ctx.store.persons.getExploitation(id)) ?? null;
  const countries = exploitation
    ? [
        ...exploitation.recruitmentCountries,
        ...exploitation.transitCountries,
        ...exploitation.exploitationCountries,
      ]
    : [];
  // A recipient who holds the person only through referrals sees the sections those referrals give.
  const viaReferral =
    person.organisationId === ctx.actor.organisationId
      ? []
      : (await ctx.store.referrals.listForPerson(id)).filter(
          (r) => r.toOrganisationId === ctx.actor.organisationId && ['sent', 'accepted'].includes(r.status),
        );
  const sections = new Set(viaReferral.flatMap((r) => r.sections));
  const shows = (section: 'screenings' | 'exploitation' | 'decisions') =>
    viaReferral.length === 0 || sections.has(section);
  return {
    person,
    screenings: shows('screenings') ? await ctx.store.screenings.listForPerson(id) : [],
    decisions: shows('decisions') ? await ctx.store.decisions.listForPerson(id) : [],
    exploitation: shows('exploitation') ? exploitation : null,
    organisationIds: [
      person.organisationId,
      ...(ref.sharedWithOrganisationIds ?? []).filter((o) => o !== person.organisationId),
    ],
    ngoOnly: isNgoOnly(person),
    scope:
      countries.length === 0
        ? null
        : countries.every((c) => c === settings.countryCode)
          ? 'internal'
          : 'transnational',
    foreign: person.citizenships.length === 0 ? null : !person.citizenships.includes(settings.countryCode),
    overdue: isOverdue(person, ctx.clock.now()),
    canReveal: {
      identity: can(ctx.actor, 'person_identity', 'reveal', identityRef),
      sensitive: can(ctx.actor, 'person_sensitive', 'reveal', identityRef),
    },
  };
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
