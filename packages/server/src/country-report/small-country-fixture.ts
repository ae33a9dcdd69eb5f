import { presumedVictimAnswers } from '../testing/screening-answers.ts';
import type { TestApp } from '../testing/test-app.ts';

type Headers = Record<string, string>;

interface Victim {
  gender: 'Feminine' | 'Masculine';
  birthYear: number;
  citizenships: string[];
  exploitedIn: string[];
  form: 'SexualExploitation' | 'ForcedLabour';
  decidedOn: string;
}

/**
 * A small country with known figures, entered through the API as a country loads its past:
 * 2014: a woman from here exploited in Türkiye, a girl exploited at home, a foreign man forced to
 * work here (three victims); 2013: one man from here exploited in Russia. Criminal cases: one
 * sex trafficking case opened in 2013; in 2014 a labour case whose defendant was convicted and
 * sentenced to eight years in prison, and a sex trafficking case whose defendant was charged.
 */
export async function enterSmallCountry(t: TestApp): Promise<void> {
  const police = await t.signInAs('investigator');
  const ok = async (method: string, path: string, body: unknown, headers: Headers = police) => {
    const res = await t.request(method, path, { headers, body });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, { id: string }>;
  };
  const victims: Victim[] = [
    {
      gender: 'Feminine',
      birthYear: 1985,
      citizenships: ['AZ'],
      exploitedIn: ['TR'],
      form: 'SexualExploitation',
      decidedOn: '2014-03-03',
    },
    {
      gender: 'Feminine',
      birthYear: 2000,
      citizenships: ['AZ'],
      exploitedIn: ['AZ'],
      form: 'SexualExploitation',
      decidedOn: '2014-05-05',
    },
    {
      gender: 'Masculine',
      birthYear: 1980,
      citizenships: ['UZ'],
      exploitedIn: ['AZ'],
      form: 'ForcedLabour',
      decidedOn: '2014-06-06',
    },
    {
      gender: 'Masculine',
      birthYear: 1975,
      citizenships: ['AZ'],
      exploitedIn: ['RU'],
      form: 'ForcedLabour',
      decidedOn: '2013-04-04',
    },
  ];
  for (const [i, victim] of victims.entries()) {
    const { person } = await ok('POST', '/api/persons', {
      gender: victim.gender,
      birthYear: victim.birthYear,
      citizenships: victim.citizenships,
      identity: { givenNames: `Leyla${'bcdf'[i]}`, familyName: `Mammad${'aeio'[i]}va` },
    });
    const id = person!.id;
    await ok('PUT', `/api/persons/${id}/exploitation`, {
      forms: [victim.form],
      industry: null,
      meansOfControl: [],
      recruitmentMethods: [],
      recruiterRelationship: null,
      recruitmentCountries: victim.citizenships,
      transitCountries: [],
      exploitationCountries: victim.exploitedIn,
      periodFrom: null,
      periodTo: null,
      childAtExploitation: Number(victim.decidedOn.slice(0, 4)) < victim.birthYear + 18,
    });
    await ok('POST', `/api/persons/${id}/screenings`, {
      listKey: 'ilo-ec-2009-adult-labour',
      population: 'adult',
      answers: presumedVictimAnswers,
      outcome: 'presumed_victim',
      screenedAt: `${victim.decidedOn}T08:00:00Z`,
    });
    await ok('POST', `/api/persons/${id}/decisions`, {
      outcome: 'identified',
      decidedOn: victim.decidedOn,
      grounds: 'Recognised as a victim.',
    });
  }
  const cases: [openedOn: string, form: string, steps: [string, string, Record<string, unknown>?][]][] = [
    ['2013-02-02', 'SexualExploitation', []],
    [
      '2014-02-02',
      'ForcedLabour',
      [
        ['charged', '2014-04-01'],
        ['trial', '2014-05-01'],
        ['verdict', '2014-09-01', { verdict: 'convicted' }],
        [
          'sentence',
          '2014-09-01',
          {
            sentence: {
              prisonMonths: 96,
              suspended: false,
              fine: 0,
              confiscation: false,
              compensationOrdered: 0,
              compensationPaid: 0,
            },
          },
        ],
      ],
    ],
    ['2014-03-03', 'SexualExploitation', [['charged', '2014-07-01']]],
  ];
  for (const [i, [openedOn, form, steps]] of cases.entries()) {
    const { criminalCase } = await ok('POST', '/api/cases', {
      reference: `${openedOn.slice(0, 4)}/${i + 1}`,
      openedBy: 'police_anti_trafficking',
      openedOn,
      legalBasis: [form === 'ForcedLabour' ? '144-2' : '144-1'],
      exploitationForms: [form],
      prosecutorUserId: t.users.prosecutor.id,
    });
    const { defendant } = await ok('POST', `/api/cases/${criminalCase!.id}/defendants`, {
      kind: 'natural_person',
      name: `Defendant ${i + 1}`,
      sex: 'male',
      ageBand: '30-44',
      citizenship: 'AZ',
      publicOfficial: false,
      publicFunction: null,
      investigatedOn: openedOn,
    });
    for (const [n, [stage, occurredOn, extra]] of steps.entries()) {
      await ok('POST', `/api/cases/${criminalCase!.id}/defendants/${defendant!.id}/stages`, {
        version: n + 1,
        stage,
        occurredOn,
        ...extra,
      });
    }
  }
}
