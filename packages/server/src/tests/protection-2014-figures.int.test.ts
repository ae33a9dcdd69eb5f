import { defaultSecurity } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partText, readCountryReport } from '../testing/read-country-report.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Headers = Record<string, string>;
type Cell = { value: number | null };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };
};
type Report = { tables: Table[]; narrative: { text: string }[] };

/**
 * The seed report's 2014 protection figures entered through the API with their real days: the
 * MIA (police) identified 54 victims, paid 53 a one-time allowance of 400 manat, found jobs for 24
 * and vocational training for 35, and admitted 38 to its Baku shelter for 50 that kept them inside;
 * two NGOs sheltered 48 potential and recognised victims without state money; 314,330 manat was
 * allocated to victim assistance, none to NGOs; one foreign victim was deported. The 2014 report
 * counts them exactly, and its narrative says them in English, Azerbaijani and Russian.
 */
describeEachBackend('the seed report’s 2014 protection figures through the API', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  const reports: Partial<Record<'en' | 'az' | 'ru', Report>> = {};

  async function ok(res: Response, status = 201) {
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text) as Record<string, { id: string }>;
  }

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, {
      security: {
        ...defaultSecurity,
        duplicateChecksPerUserHour: 1e6,
        duplicateChecksPerOrganisationHour: 1e6,
      },
    });
    const police = await t.signInAs('investigator');
    const policeShelter = await t.userIn('police', 'shelter_manager');
    const ngo = await t.signInAs('case_worker');
    const ngoShelter = await t.userIn('ngo', 'shelter_manager');
    const admin = await t.signInAs('system_administrator');
    const facility = async (
      organisationId: string,
      operatorType: string,
      women: number,
      freeMovement: boolean,
    ) =>
      (
        await ok(
          await t.request('POST', '/api/shelters', {
            headers: admin,
            body: {
              organisationId,
              name: `Shelter ${organisationId.slice(0, 6)}`,
              operatorType,
              region: 'Baku',
              capacity: { women, men: 10, children: 0, families: 0 },
              specialisations: ['general'],
              freeMovement,
            },
          }),
        )
      ).facility!.id;
    const miaShelter = await facility(t.organisations.police.id, 'state', 50, false);
    const ngoShelters = [await facility(t.organisations.ngo.id, 'ngo', 30, true)];

    const person = async (headers: Headers, i: number, man: boolean, citizenship = 'AZ') =>
      (
        await ok(
          await t.request('POST', '/api/persons', {
            headers,
            body: {
              gender: man ? 'Masculine' : 'Feminine',
              birthYear: 1985,
              citizenships: [citizenship],
              identity: { givenNames: `Protection${i}`, familyName: `Seed${i}` },
              confirmDuplicates: true,
            },
          }),
        )
      ).person!.id;
    const day = (i: number) =>
      `2014-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;

    // 54 victims identified by the police: 51 women and girls, three foreign men.
    const victims: string[] = [];
    for (let i = 0; i < 54; i++) {
      const id = await person(police, i, i >= 51, i >= 51 ? 'UZ' : 'AZ');
      await ok(
        await t.request('POST', `/api/persons/${id}/decisions`, {
          headers: police,
          body: { outcome: 'identified', decidedOn: day(i), grounds: 'Certified (seed).' },
        }),
      );
      victims.push(id);
    }
    const service = (id: string, serviceType: string, i: number, extra: object = {}) =>
      t
        .request('POST', `/api/persons/${id}/services`, {
          headers: police,
          body: { serviceType, deliveredOn: day(i + 1), outcome: 'completed', ...extra },
        })
        .then((res) => ok(res));
    for (let i = 0; i < 53; i++)
      await service(victims[i]!, 'financial_allowance', i, { amount: 400, currency: 'AZN' });
    for (let i = 0; i < 24; i++) await service(victims[i]!, 'job_placement', i);
    for (let i = 0; i < 35; i++) await service(victims[i + 10]!, 'vocational_training', i);
    // Five said they would not cooperate with the police, and were assisted all the same.
    for (let i = 0; i < 5; i++)
      await ok(
        await t.request('POST', `/api/persons/${victims[i]}/cooperation`, {
          headers: police,
          body: { status: 'not_willing', asOf: '2014-01-01' },
        }),
      );
    // 35 women and the three men in the MIA shelter, which residents may not leave freely.
    const inMia = [...victims.slice(0, 35), ...victims.slice(51)];
    for (const [i, id] of inMia.entries())
      await ok(
        await t.request('POST', `/api/shelters/${miaShelter}/stays`, {
          headers: policeShelter,
          body: { personId: id, residentGroup: i >= 35 ? 'men' : 'women', admittedOn: day(i + 2) },
        }),
      );
    // Two NGOs sheltered 48 potential and recognised victims: 30 at the NGO's own shelter, 18 at the shelter NGO's.
    const shelterFacility = await facility(t.organisations.shelter.id, 'ngo', 20, true);
    ngoShelters.push(shelterFacility);
    for (let i = 0; i < 48; i++) {
      const id = await person(ngo, 100 + i, false);
      if (i < 30) {
        await ok(
          await t.request('POST', `/api/shelters/${ngoShelters[0]}/stays`, {
            headers: ngoShelter,
            body: { personId: id, residentGroup: 'women', admittedOn: day(i) },
          }),
        );
        continue;
      }
      const referral = await ok(
        await t.request('POST', `/api/persons/${id}/referrals`, {
          headers: ngo,
          body: { toOrganisationId: t.organisations.shelter.id, services: ['shelter'], shareIdentity: false },
        }),
      );
      await ok(
        await t.request('POST', `/api/referrals/${referral.referral!.id}/accept`, {
          headers: await t.signInAs('shelter_manager'),
          body: {},
        }),
        200,
      );
      await ok(
        await t.request('POST', `/api/shelters/${shelterFacility}/stays`, {
          headers: await t.signInAs('shelter_manager'),
          body: { personId: id, residentGroup: 'women', admittedOn: day(i) },
        }),
      );
    }
    // A foreign victim deported after the trial.
    await ok(
      await t.request('POST', `/api/persons/${victims[53]}/returns`, {
        headers: police,
        body: { kind: 'deportation', country: 'UZ', returnedOn: '2014-11-20' },
      }),
    );
    // 314,330 manat allocated to victim assistance, to the MIA; none to NGOs.
    const finance = await t.signInAs('finance_officer');
    const line = await ok(
      await t.request('POST', '/api/funding/budget-lines', {
        headers: finance,
        body: {
          year: 2014,
          source: 'state_budget',
          name: 'Victim assistance',
          amount: 314330,
          currency: 'AZN',
        },
      }),
    );
    await ok(
      await t.request('POST', `/api/funding/budget-lines/${line.line!.id}/allocations`, {
        headers: finance,
        body: {
          recipientOrganisationId: t.organisations.police.id,
          amount: 314330,
          allocatedOn: '2014-02-01',
        },
      }),
    );
    const coordinator = await t.signInAs('national_coordinator');
    for (const locale of ['en', 'az', 'ru'] as const) {
      const res = await t.request('GET', `/api/statistics/report?year=2014&locale=${locale}`, {
        headers: coordinator,
      });
      expect(res.status).toBe(200);
      reports[locale] = (await res.json()) as Report;
    }
  }, 900_000);
  afterAll(() => database?.close());

  const cell = (key: string, row: string | null, column: string | null) => {
    const table = reports.en!.tables.find((x) => x.key === key)!;
    const r = row === null ? -1 : table.rows.findIndex((x) => x.code === row);
    const c = column === null ? -1 : table.columns.findIndex((x) => x.code === column);
    if (r < 0 && c < 0) return table.current.total.value;
    if (c < 0) return table.current.rowTotals[r]!.value;
    if (r < 0) return table.current.columnTotals[c]!.value;
    return table.current.cells[r]![c]!.value;
  };

  it('counts 53 allowances of 400 manat, 24 jobs and 35 trainings given by the state', () => {
    expect(cell('allowances_paid.provider_standing', 'state', 'identified_by_state')).toBe(53);
    expect(cell('allowances_paid.total', 'state', null)).toBe(21_200);
    expect(cell('allowances_paid.median', 'state', null)).toBe(400);
    expect(cell('allowance_payments.provider', 'state', null)).toBe(53);
    expect(cell('person_services.service_provider', 'job_placement', 'state')).toBe(24);
    expect(cell('person_services.service_provider', 'vocational_training', 'state')).toBe(35);
    expect(cell('person_services.service_standing', 'financial_allowance', 'identified_by_state')).toBe(53);
  });

  it('counts the five assisted without cooperating among the 53 assisted', () => {
    expect(cell('persons_assisted.cooperation_standing', null, null)).toBe(53);
    expect(cell('persons_assisted.cooperation_standing', 'not_willing', null)).toBe(5);
    expect(cell('persons_assisted.cooperation_standing', 'not_recorded', null)).toBe(48);
  });

  it('counts 38 stays in the closed state shelter and 48 in NGO shelters, the deportation and the money', () => {
    expect(cell('shelter_stays.operator_movement', 'state', 'restricted')).toBe(38);
    expect(cell('shelter_stays.operator_movement', 'ngo', 'free')).toBe(48);
    expect(cell('shelter_stays.operator_movement', null, null)).toBe(86);
    expect(cell('returns.kind_standing', 'deportation', 'identified_by_state')).toBe(1);
    expect(cell('funding_allocated.recipient_source', 'state', 'state_budget')).toBe(314_330);
    expect(cell('funding_allocated.recipient_source', 'ngo', null) ?? 0).toBe(0);
  });

  it('says them in the narrative in three languages', () => {
    const text = (locale: 'en' | 'az' | 'ru') =>
      reports[locale]!.narrative.map((p) => p.text)
        .join('\n')
        // Russian and Azerbaijani group digits with a no-break space.
        .replace(/[\u00a0\u202f]/g, ' ');
    expect(text('en')).toContain(
      'The government provided 53 victims with a one-time allowance of 400 manat, 24 with jobs and 35 with vocational training.',
    );
    expect(text('en')).toContain('Victim assistance was allocated 314,330 manat, none of it to NGOs.');
    expect(text('en')).toContain(
      'Among presumed or identified victims, one was deported; the national coordinator was alerted to each.',
    );
    expect(text('az')).toContain(
      'Qurbanlara yardıma 314.330 manat ayrılmışdır, bundan QHT-lərə heç nə çatmamışdır.',
    );
    expect(text('en')).toContain(
      'Of the 53 persons who received assistance, five had chosen not to cooperate with law enforcement',
    );
    expect(text('az')).toContain(
      'Hökumət 53 qurbana 400 manat məbləğində birdəfəlik müavinət vermişdir, 24 qurbanı işlə, 35 qurbanı peşə təhsili ilə təmin etmişdir.',
    );
    expect(text('ru')).toContain(
      'Государство предоставило 53 жертвам единовременное пособие в 400 манатов, 24 — работу и 35 — профессиональное обучение.',
    );
    expect(text('ru')).toContain('На помощь жертвам выделено 314 330 манатов, из них НПО — ничего.');
    // The money delivered as services, in the national currency of the settings, year over year.
    expect(text('en')).toContain(
      'Services delivered to victims with their cost recorded came to 21,200 manat (none in 2013).',
    );
    expect(text('az')).toContain(
      'Qurbanlara dəyəri qeyd olunmaqla göstərilmiş xidmətlərin məbləği: 21.200 manat (2013-cü ildə: heç nə).',
    );
    expect(text('ru')).toContain(
      'Услуги, оказанные жертвам с указанной стоимостью, составили 21 200 манатов (в 2013 году — ничего).',
    );
  });

  it('carries them into the country report: the TIP and GRETA answers, the protection part and the assessment', async () => {
    const reading = await readCountryReport(t, 2014);
    expect(reading.answers.tip).toMatchObject({
      victims: 54,
      assisted: 53,
      'assisted.not_cooperating': 5,
      shelter_stays: 86,
      'shelter_stays.restricted': 38,
      'returns.forced': 1,
      funding: 314_330,
      'funding.ngo': 0,
      'allowances.total': 21_200,
    });
    expect(reading.answers.greta).toMatchObject({ 'assisted.not_cooperating': 5, 'returns.forced': 1 });
    expect(partText(reading, 'en', 'protection')).toContain(
      'The government provided 53 victims with a one-time allowance of 400 manat, 24 with jobs and 35 with vocational training.',
    );
    expect(partText(reading, 'az', 'protection')).toContain(
      'Qurbanlara yardıma 314.330 manat ayrılmışdır, bundan QHT-lərə heç nə çatmamışdır.',
    );
    expect(partText(reading, 'ru', 'protection')).toContain(
      'На помощь жертвам выделено 314 330 манатов, из них НПО — ничего.',
    );
    // The seed's criticisms, from the data alone: no NGO funding, no citizen exploited at home identified.
    expect(reading.weaknesses).toEqual(expect.arrayContaining(['ngo_funding', 'citizens_exploited_inside']));
  });
});
