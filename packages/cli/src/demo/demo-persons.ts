import type { ExploitationInput, PersonInput } from '@opennrm/core';

/**
 * Demo persons drawn from the situations the 2015 report describes (names invented). Each says
 * who registers them, what is known, and how far identification went, so every role sees a
 * realistic list: NGO-identified only, state-identified, overdue, a child, a foreign worker.
 */
export interface DemoPerson {
  by: string;
  person: PersonInput;
  exploitation: ExploitationInput;
  screen?: { answers: string[]; population: 'adult' | 'child'; daysAgo: number };
  shareWith?: string[];
  /** Referrals from the registering organisation, with consent to share identity, and the answer. */
  referTo?: { user: string; services: import('@opennrm/core').ReferralService[]; accept?: boolean }[];
  decisions?: { by: string; outcome: 'identified' | 'not_victim'; daysAgo: number; grounds: string }[];
}

const base = {
  meansOfControl: [],
  recruitmentMethods: [],
  recruiterRelationship: null,
  recruitmentCountries: [],
  transitCountries: [],
  exploitationCountries: [],
  periodFrom: null,
  periodTo: null,
  childAtExploitation: false,
  industry: null,
} satisfies Partial<ExploitationInput>;

const presumedAdult = [
  'deceptive_recruitment.nature_of_job',
  'deceptive_recruitment.wages',
  'exploitative_conditions.excessive_hours',
  'exploitative_conditions.low_or_no_pay',
  'coercion_at_destination.confiscation_of_documents',
  'coercion_at_destination.debt_bondage',
];

export const demoPersons: DemoPerson[] = [
  {
    by: 'caseworker@demo.opennrm.org',
    person: {
      gender: 'Feminine',
      birthYear: 1989,
      citizenships: ['PH'],
      languages: ['tl', 'en'],
      identity: {
        givenNames: 'Jocelyn',
        familyName: 'Bautista',
        notes: 'Domestic worker; employer kept her passport.',
      },
    },
    exploitation: {
      ...base,
      forms: ['DomesticServitude'],
      industry: 'T',
      meansOfControl: ['WithholdsDocuments', 'TakesEarnings'],
      recruitmentCountries: ['PH'],
      exploitationCountries: ['AZ'],
    },
    screen: { answers: presumedAdult, population: 'adult', daysAgo: 40 },
    decisions: [
      {
        by: 'caseworker@demo.opennrm.org',
        outcome: 'identified',
        daysAgo: 35,
        grounds: 'NGO assessment after two interviews.',
      },
    ],
  },
  {
    by: 'investigator@demo.opennrm.org',
    person: {
      gender: 'Masculine',
      birthYear: 1986,
      citizenships: ['UZ'],
      languages: ['uz', 'ru'],
      identity: { givenNames: 'Jasur', familyName: 'Toshmatov' },
    },
    exploitation: {
      ...base,
      forms: ['ForcedLabour'],
      industry: 'F',
      meansOfControl: ['WithholdsDocuments', 'DebtBondage'],
      recruitmentCountries: ['UZ'],
      transitCountries: ['KZ'],
      exploitationCountries: ['AZ'],
    },
    screen: { answers: presumedAdult, population: 'adult', daysAgo: 20 },
    referTo: [
      { user: 'vac@demo.opennrm.org', services: ['shelter', 'medical', 'legal'], accept: true },
      { user: 'migration@demo.opennrm.org', services: ['residence_permit', 'reflection_period'] },
    ],
    decisions: [
      {
        by: 'investigator@demo.opennrm.org',
        outcome: 'identified',
        daysAgo: 16,
        grounds: 'Construction site inspection; statement taken.',
      },
    ],
  },
  {
    by: 'caseworker@demo.opennrm.org',
    person: {
      gender: 'Feminine',
      birthYear: 1995,
      citizenships: ['AZ'],
      languages: ['az', 'tr'],
      identity: { givenNames: 'Günel', familyName: 'Əliyeva' },
    },
    exploitation: {
      ...base,
      forms: ['SexualExploitation'],
      sexExploitationTypes: ['Prostitution', 'RemoteInteractiveServices'],
      meansOfControl: ['PhysicalThreats', 'DebtBondage'],
      recruitmentMethods: ['ThroughOnlineSocialNetworks'],
      // Recruited online by a man who courted her: the "lover boy" method.
      recruiterRelationship: 'IntimatePartner',
      recruitmentCountries: ['AZ'],
      exploitationCountries: ['TR'],
    },
    screen: { answers: presumedAdult, population: 'adult', daysAgo: 12 },
    shareWith: ['investigator@demo.opennrm.org'],
  },
  {
    by: 'ngo-shelter@demo.opennrm.org',
    person: {
      gender: 'Masculine',
      birthYear: 2005,
      childAtIdentification: true,
      citizenships: ['AZ'],
      languages: ['az'],
      identity: { givenNames: 'Elvin' },
    },
    exploitation: {
      ...base,
      forms: ['ForcedBegging'],
      childAtExploitation: true,
      recruiterRelationship: 'Familial',
      recruitmentCountries: ['AZ'],
      exploitationCountries: ['AZ'],
    },
    screen: {
      answers: [
        'coercive_recruitment.violence_on_victim',
        'exploitative_conditions.excessive_hours',
        'exploitative_conditions.low_or_no_pay',
      ],
      population: 'child',
      daysAgo: 3,
    },
  },
];
