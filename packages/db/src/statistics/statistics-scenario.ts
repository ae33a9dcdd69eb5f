import type {
  Consent,
  Exploitation,
  IdentificationDecision,
  Organisation,
  Person,
  Referral,
  Store,
} from '@opennrm/core';
import { aDecision, anExploitation, aPerson, aScreening } from '../testing/identification-fixtures.ts';
import { aConsent, aReferral } from '../testing/referral-fixtures.ts';

/**
 * A random but reproducible population for statistics tests, written through the stores, and
 * the same records kept in memory so a test can count them by hand (independently of the SQL).
 */
export interface ScenarioRecord {
  person: Person;
  exploitation: Exploitation | null;
  presumedAt: Date | null;
  decisions: IdentificationDecision[];
  /** Consents with the days they were given and the moments they were withdrawn. */
  consents: Consent[];
  referrals: Referral[];
}

export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = 86_400_000;

export async function seedScenario(
  store: Store,
  organisations: Organisation[],
  count: number,
  seed: number,
): Promise<ScenarioRecord[]> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const records: ScenarioRecord[] = [];
  for (let i = 0; i < count; i++) {
    const owner = pick(organisations);
    // Any hour of the day, so that a time zone moves some screenings across a year's end.
    const screenedAt = new Date(
      Date.UTC(2013, 0, 1) + Math.floor(random() * 3 * 365) * day + Math.floor(random() * 24) * 3_600_000,
    );
    const child = pick([true, false, false, false, null]);
    let person = aPerson(owner.id, {
      code: `NRM-2014-${String(i).padStart(6, '0')}-${seed}`,
      gender: pick(['Feminine', 'Feminine', 'Feminine', 'Masculine', 'NonConforming', 'NonSpecifiedUnknown']),
      childAtIdentification: child,
      // Born 1995-1997: turning 18 in the years counted (child, adult or unknown by the event's day).
      birthYear: pick([1970, 1990, 1995, 1996, 1997, 1999, 2001, null]),
      ageBand:
        child === null ? null : child ? pick(['0-8', '9-11', '15-17']) : pick(['18-20', '24-26', '48+']),
      citizenships: pick([['AZ'], ['AZ'], ['UZ'], ['AZ', 'RU'], ['RU'], []]),
      firstScreenedAt: screenedAt,
      decisionDueAt: new Date(screenedAt.getTime() + 7 * day),
      createdAt: screenedAt,
    });
    await store.persons.create(person);
    const presumed = random() < 0.8;
    await store.screenings.create(
      aScreening(person, { screenedAt, outcome: presumed ? 'presumed_victim' : 'not_presumed' }),
    );
    const decisions: IdentificationDecision[] = [];
    if (presumed && random() < 0.85) {
      const first = new Date(screenedAt.getTime() + Math.floor(random() * 20) * day);
      const outcome = random() < 0.85 ? 'identified' : 'not_victim';
      const bodyType = pick(['Police', 'NGO', 'CourtOrProsecution'] as const);
      decisions.push(
        aDecision(person, {
          outcome,
          decidingBodyType: bodyType,
          decidedOn: first.toISOString().slice(0, 10),
        }),
      );
      if (bodyType === 'NGO' && random() < 0.4) {
        const later = new Date(first.getTime() + Math.floor(random() * 200) * day);
        decisions.push(
          aDecision(person, {
            outcome: 'identified',
            decidingBodyType: 'Police',
            decidedOn: later.toISOString().slice(0, 10),
          }),
        );
      }
      for (const decision of decisions) await store.decisions.create(decision);
      const last = decisions.at(-1)!;
      person = {
        ...person,
        status: last.outcome,
        statusBodyType: last.decidingBodyType,
        stateDecided: decisions.some((d) => d.decidingBodyType !== 'NGO'),
      };
      await store.persons.update(person.id, {
        status: person.status,
        statusBodyType: person.statusBodyType,
        stateDecided: person.stateDecided,
      });
    }
    const exploitation =
      random() < 0.9
        ? anExploitation(person.id, {
            forms: pick([
              ['SexualExploitation'],
              ['ForcedLabour'],
              ['SexualExploitation', 'ForcedLabour'],
              ['ForcedBegging'],
              ['DomesticServitude'],
              [],
            ]),
            recruitmentCountries: pick([[], [], ['AZ'], ['UZ']]),
            transitCountries: pick([[], [], [], ['GE']]),
            exploitationCountries: pick([['AZ'], ['AZ'], ['AE'], ['RU'], ['TR', 'AZ'], []]),
          })
        : null;
    if (exploitation) await store.persons.saveExploitation(exploitation);
    // Given some time after screening, some withdrawn later: consent as at a period's end varies.
    const consents: Consent[] = [];
    if (random() < 0.6) {
      const given = new Date(screenedAt.getTime() + Math.floor(random() * 400) * day);
      const withdrawn =
        random() < 0.35 ? new Date(given.getTime() + Math.floor(random() * 300 * 24) * 3_600_000) : null;
      consents.push(aConsent(person, { givenOn: given.toISOString().slice(0, 10), withdrawnAt: withdrawn }));
    }
    for (const c of consents) await store.consents.create(c);
    const consent = consents[0] ?? null;
    const referrals: Referral[] = [];
    for (let r = Math.floor(random() * 3); r > 0; r--) {
      const to = pick(organisations.filter((o) => o.id !== owner.id));
      const sentAt = new Date(screenedAt.getTime() + Math.floor(random() * 30) * day);
      const status = pick(['sent', 'accepted', 'declined', 'completed', 'withdrawn'] as const);
      const answered = status === 'accepted' || status === 'declined' || status === 'completed';
      const basis = pick(['none', 'consent', 'child', 'override'] as const);
      const referral = aReferral(person, to.id, {
        status,
        sentAt,
        respondBy: new Date(sentAt.getTime() + 3 * day),
        respondedAt: answered ? new Date(sentAt.getTime() + Math.floor(random() * 6 * 24) * 3_600_000) : null,
        shareIdentity: basis !== 'none',
        consentId: basis === 'consent' && consent ? consent.id : null,
        childRule: basis === 'child',
        overrideReason: basis === 'override' ? 'emergency' : null,
      });
      await store.referrals.create(referral);
      referrals.push(referral);
    }
    records.push({
      person,
      exploitation,
      presumedAt: presumed ? screenedAt : null,
      decisions,
      consents,
      referrals,
    });
  }
  return records;
}
