import { randomUUID } from 'node:crypto';
import type { Exploitation, IdentificationDecision, IndicatorList, Person, Screening } from '@opennrm/core';
import { t0 } from './test-fixtures.ts';

/** Whole identification records for store tests; override what a test cares about. */
export function aPerson(organisationId: string, overrides: Partial<Person> = {}): Person {
  return {
    id: randomUUID(),
    code: `NRM-2025-${randomUUID().slice(0, 6)}`,
    organisationId,
    gender: 'Feminine',
    birthYear: 1999,
    ageBand: '24-26',
    childAtIdentification: false,
    citizenships: ['AZ'],
    languages: ['az', 'ru'],
    status: 'presumed',
    statusBodyType: null,
    statusDecidedAt: null,
    stateDecided: false,
    firstScreenedAt: t0,
    decisionDueAt: new Date(t0.getTime() + 30 * 86_400_000),
    sealed: { givenNames: 'v1:given', familyName: 'v1:family' },
    createdBy: randomUUID(),
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

export function anExploitation(personId: string, overrides: Partial<Exploitation> = {}): Exploitation {
  return {
    personId,
    forms: ['ForcedLabour', 'DomesticServitude'],
    industry: 'T',
    sexExploitationTypes: [],
    meansOfControl: ['DebtBondage', 'WithholdsDocuments'],
    recruitmentMethods: ['ThroughOnlineSocialNetworks'],
    recruiterRelationship: 'Acquainted',
    recruitmentCountries: ['AZ'],
    transitCountries: ['GE', 'TR'],
    exploitationCountries: ['AE'],
    periodFrom: '2023-02-28',
    periodTo: '2024-12-31',
    childAtExploitation: false,
    updatedBy: randomUUID(),
    updatedAt: t0,
    ...overrides,
  };
}

export function aScreening(person: Person, overrides: Partial<Screening> = {}): Screening {
  return {
    id: randomUUID(),
    personId: person.id,
    organisationId: person.organisationId,
    screenerUserId: randomUUID(),
    listKey: 'ilo-ec-2009-adult-labour',
    listVersion: 1,
    listStatus: 'unverified',
    population: 'adult',
    answers: [
      { indicator: 'deceived-about-wages', answer: 'yes' },
      { indicator: 'debt-bondage', answer: 'unknown' },
    ],
    result: { recommendation: 'presumed_victim', reasons: [{ code: 'R1', dimension: 'x' }], dimensions: [] },
    outcome: 'presumed_victim',
    outcomeReason: null,
    screenedAt: t0,
    recordedAt: t0,
    ...overrides,
  };
}

export function aDecision(
  person: Person,
  overrides: Partial<IdentificationDecision> = {},
): IdentificationDecision {
  return {
    id: randomUUID(),
    personId: person.id,
    outcome: 'identified',
    decidingOrganisationId: person.organisationId,
    decidingBodyType: 'Police',
    decidedOn: '2025-01-10',
    groundsSealed: 'v1:grounds',
    reconsiders: null,
    recordedBy: randomUUID(),
    recordedAt: t0,
    ...overrides,
  };
}

export function anIndicatorList(overrides: Partial<IndicatorList> = {}): IndicatorList {
  const text = (en: string) => ({ en, az: `${en} (az)`, ru: `${en} (ru)` });
  return {
    key: 'ilo-ec-2009-adult-labour',
    version: 1,
    title: text('Adult labour'),
    description: text('Delphi indicators'),
    population: 'adult',
    exploitation: 'labour',
    rule: 'ilo_ec_2009',
    dimensions: [{ key: 'deceptive', role: 'deceptive_recruitment', title: text('Deceptive recruitment') }],
    indicators: [
      { key: 'deceived-about-wages', dimension: 'deceptive', strength: 'strong', label: text('Wages') },
    ],
    ...overrides,
  };
}
