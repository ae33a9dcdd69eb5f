import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partText, readCountryReport } from '../testing/read-country-report.ts';
import { presumedVictimAnswers } from '../testing/screening-answers.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Cell = { value: number | null; suppressed: boolean };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };
  previous: { total: Cell };
};
type Report = { tables: Table[]; narrative: { text: string }[] };

/** 0 -> "ba", 1 -> "ca", ...: a distinct made-up word per index. */
const letters = (n: number) =>
  'bcdfghklmnprstvz'[n % 16]! + 'aeiou'[Math.floor(n / 16) % 5]! + 'rstlnm'[Math.floor(n / 80) % 6]!;

interface Victim {
  gender: 'Feminine' | 'Masculine';
  birthYear: number;
  citizenships: string[];
  exploitedIn: string[];
  decidedOn: string;
}

/**
 * The seed report's identification figures entered through the API with their real dates, as a
 * country would enter its past: in 2014, 54 victims identified (50 women exploited abroad, one
 * girl exploited at home, three foreign men exploited in the country), against 56 in 2013; in 2014
 * the police referred victims to the shelter, NGOs and the Victim Assistance Centre. The 2014
 * report counts them by the dates they happened, and internal/transnational as defined (a
 * foreign national exploited here crossed a border: transnational).
 */
describeEachBackend('the seed report’s 2014 figures through the API', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let police: Record<string, string>;
  let report: Report;

  async function enter(victim: Victim, index: number): Promise<string> {
    const created = await t.request('POST', '/api/persons', {
      headers: police,
      body: {
        gender: victim.gender,
        birthYear: victim.birthYear,
        citizenships: victim.citizenships,
        // Names of their own: the duplicate check would otherwise (rightly) stop the entry.
        identity: { givenNames: `Ay${letters(index)}`, familyName: `Qu${letters(index + 7)}ova` },
      },
    });
    expect(created.status).toBe(201);
    const { person } = (await created.json()) as { person: { id: string } };
    const child = victim.decidedOn.slice(0, 4) < String(victim.birthYear + 18);
    const steps = [
      t.request('PUT', `/api/persons/${person.id}/exploitation`, {
        headers: police,
        body: {
          forms: [victim.gender === 'Feminine' ? 'SexualExploitation' : 'ForcedLabour'],
          industry: null,
          meansOfControl: [],
          recruitmentMethods: [],
          recruiterRelationship: null,
          recruitmentCountries: victim.citizenships.includes('AZ') ? ['AZ'] : victim.citizenships,
          transitCountries: [],
          exploitationCountries: victim.exploitedIn,
          periodFrom: null,
          periodTo: null,
          childAtExploitation: child,
        },
      }),
    ];
    for (const res of await Promise.all(steps)) expect(res.status).toBe(200);
    const screened = await t.request('POST', `/api/persons/${person.id}/screenings`, {
      headers: police,
      body: {
        listKey: 'ilo-ec-2009-adult-labour',
        population: 'adult',
        answers: presumedVictimAnswers,
        outcome: 'presumed_victim',
        screenedAt: `${victim.decidedOn}T08:00:00Z`,
      },
    });
    expect(screened.status).toBe(201);
    const decided = await t.request('POST', `/api/persons/${person.id}/decisions`, {
      headers: police,
      body: { outcome: 'identified', decidedOn: victim.decidedOn, grounds: 'Recognised as a victim (seed).' },
    });
    expect(decided.status).toBe(201);
    return person.id;
  }

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    police = await t.signInAs('investigator');
    // Past years are entered on purpose here: the administrator allows referrals back to 2013.
    const admin = await t.signInAs('system_administrator');
    const limit = await t.request('PATCH', '/api/settings/referrals', {
      headers: admin,
      body: { backdateLimitDays: 36_600 },
    });
    expect(limit.status).toBe(200);
    const day = (year: number, i: number) =>
      `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const victims2014: Victim[] = [
      ...Array.from({ length: 50 }, (_, i) => ({
        gender: 'Feminine' as const,
        birthYear: 1985 + (i % 10),
        citizenships: ['AZ'],
        exploitedIn: [i % 2 ? 'TR' : 'AE'],
        decidedOn: day(2014, i),
      })),
      {
        gender: 'Feminine',
        birthYear: 1999,
        citizenships: ['AZ'],
        exploitedIn: ['AZ'],
        decidedOn: '2014-09-15',
      },
      ...Array.from({ length: 3 }, (_, i) => ({
        gender: 'Masculine' as const,
        birthYear: 1980 + i,
        citizenships: ['UZ'],
        exploitedIn: ['AZ'],
        decidedOn: day(2014, i + 3),
      })),
    ];
    const victims2013: Victim[] = Array.from({ length: 56 }, (_, i) => ({
      gender: i < 46 ? ('Feminine' as const) : ('Masculine' as const),
      birthYear: 1980 + (i % 15),
      citizenships: ['AZ'],
      exploitedIn: ['TR'],
      decidedOn: day(2013, i),
    }));
    const ids2014: string[] = [];
    for (const [i, victim] of victims2014.entries()) ids2014.push(await enter(victim, i));
    for (const [i, victim] of victims2013.entries()) await enter(victim, 100 + i);
    // Referrals of 2014: to the shelter, an NGO and the Victim Assistance Centre, each accepted.
    const recipients = [
      ['shelter', 6],
      ['ngo', 5],
      ['victim_assistance_centre', 4],
    ] as const;
    let n = 0;
    for (const [type, count] of recipients) {
      for (let i = 0; i < count; i++, n++) {
        const sent = await t.request('POST', `/api/persons/${ids2014[n]}/referrals`, {
          headers: police,
          body: {
            toOrganisationId: t.organisations[type].id,
            services: ['shelter'],
            shareIdentity: false,
            sentOn: `2014-10-${String(1 + n).padStart(2, '0')}`,
          },
        });
        expect(sent.status, await sent.clone().text()).toBe(201);
      }
    }
    const coordinator = await t.signInAs('national_coordinator');
    const res = await t.request('GET', '/api/statistics/report?year=2014', { headers: coordinator });
    expect(res.status).toBe(200);
    report = (await res.json()) as Report;
  }, 600_000);
  afterAll(() => database?.close());

  const table = (key: string) => report.tables.find((x) => x.key === key)!;
  const cell = (key: string, row: string, column: string | null) => {
    const t = table(key);
    const r = t.rows.findIndex((x) => x.code === row);
    return column === null
      ? t.current.rowTotals[r]!.value
      : t.current.cells[r]![t.columns.findIndex((x) => x.code === column)]!.value;
  };

  it('counts 54 victims identified in 2014 against 56 in 2013: 50 women, one girl, three men', () => {
    const sexAge = table('victims_identified.sex_age');
    expect(sexAge.current.total.value).toBe(54);
    expect(sexAge.previous.total.value).toBe(56);
    expect(cell('victims_identified.sex_age', 'female', 'adult')).toBe(50);
    expect(cell('victims_identified.sex_age', 'female', 'child')).toBe(1);
    expect(cell('victims_identified.sex_age', 'male', 'adult')).toBe(3);
    expect(cell('victims_identified.nationality_sex', 'foreign', 'male')).toBe(3);
  });

  it('calls all 54 transnational or internal by the border-crossing rule', () => {
    // 50 women exploited abroad and 3 foreign men exploited here crossed a border; the girl did not.
    expect(cell('victims_identified.scope_sex', 'transnational', null)).toBe(53);
    expect(cell('victims_identified.scope_sex', 'internal', null)).toBe(1);
    expect(cell('victims_identified.scope_sex', 'unknown', null) ?? 0).toBe(0);
  });

  it('dates the referrals in 2014 and counts them by recipient', () => {
    const sent = table('referrals_sent.sender_recipient');
    expect(sent.current.total.value).toBe(15);
    expect(sent.previous.total.value).toBe(0);
    const byRecipient = (code: string) => {
      const c = sent.columns.findIndex((x) => x.code === code);
      return c < 0 ? 0 : sent.current.columnTotals[c]!.value;
    };
    expect([byRecipient('shelter'), byRecipient('ngo'), byRecipient('victim_assistance_centre')]).toEqual([
      6, 5, 4,
    ]);
  });

  it('carries them into the country report: the three questionnaires and the summary, compared with 2013', async () => {
    const reading = await readCountryReport(t, 2014);
    const victims = { victims: 54, 'victims.previous': 56, 'victims.women': 50, 'victims.girls': 1 };
    expect(reading.answers.tip).toMatchObject({
      ...victims,
      'victims.men': 3,
      'victims.foreign': 3,
      referrals: 15,
    });
    expect(reading.answers.greta).toMatchObject({
      victims: 54,
      'victims.previous': 56,
      'scope.transnational': 53,
      'scope.internal': 1,
      'age.child': 1,
    });
    expect(reading.answers.glotip).toMatchObject({
      victims: 54,
      'victims.women': 50,
      'victims.girls': 1,
      'victims.men': 3,
      'citizenship.foreign': 3,
      'scope.domestic': 1,
    });
    // What a template cannot fill is listed with the reason.
    expect(reading.unfilled.glotip.find((q) => q.key === 'victims.by_citizenship')?.reason).toMatch(
      /national or foreign only/,
    );
    expect(partText(reading, 'en', 'summary')).toContain('victims identified — 54 (56, a decrease)');
    expect(partText(reading, 'az', 'summary')).toContain('müəyyən edilmiş qurbanlar — 54 (56, azalma)');
    expect(partText(reading, 'ru', 'summary')).toContain('идентифицированные жертвы — 54 (56, снижение)');
    expect(reading.weaknesses).not.toContain('citizens_exploited_inside');
  });
});
