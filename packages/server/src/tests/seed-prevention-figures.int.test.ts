import { defaultPreventionPlaces } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partText, readCountryReport } from '../testing/read-country-report.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Cell = { value: number | null };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };
};
type Report = { tables: Table[]; narrative: { text: string }[] };

/**
 * The seed report's 2014 prevention figures entered through the API with their real days: 65
 * awareness-raising activities in 60 cities and districts, aimed at citizens going abroad and
 * none at foreign migrant workers; trainings of officials but none for diplomats, whom the
 * action plan adopted in July 2014 requires to train; no measure against demand; the hotline.
 * The 2014 report counts them exactly and its narrative says them in three languages.
 */
describeEachBackend('the seed report’s 2014 prevention figures through the API', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  const reports: Partial<Record<'en' | 'az' | 'ru', Report>> = {};

  async function ok(res: Response, status = 201) {
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text) as Record<string, unknown> & { id: string };
  }

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const police = await t.signInAs('investigator');
    const hotline = await t.signInAs('hotline_operator');
    const coordinator = await t.signInAs('national_coordinator');
    const day = (year: number, i: number) =>
      `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const places = defaultPreventionPlaces.filter((p) => p.kind !== 'abroad').map((p) => p.code);
    // 65 activities: the first 60 each in a place of its own, five more in places already reached.
    const audienceOf = (i: number) =>
      i < 50 ? 'citizens_going_abroad' : i < 55 ? 'children_and_students' : 'general_public';
    for (let i = 0; i < 65; i++)
      await ok(
        await t.request('POST', '/api/prevention/awareness', {
          headers: police,
          body: {
            heldOn: day(2014, i),
            title: `Safe travel ${i}`,
            placeCode: places[i % 60],
            audience: audienceOf(i),
            language: 'az',
            channel: i % 3 === 0 ? 'poster' : i % 3 === 1 ? 'video' : 'event',
            materials: ['posters', 'video_clips'],
            reach: 100,
          },
        }),
      );
    for (let i = 0; i < 50; i++)
      await ok(
        await t.request('POST', '/api/prevention/awareness', {
          headers: police,
          body: {
            heldOn: day(2013, i),
            title: `Earlier ${i}`,
            placeCode: places[i % 20],
            audience: 'citizens_going_abroad',
            language: 'az',
            channel: 'event',
          },
        }),
      );
    const trainings: [string, string, [string, number][]][] = [
      [
        '2014-03-12',
        'identification',
        [
          ['police', 40],
          ['prosecutors', 15],
        ],
      ],
      ['2014-05-20', 'investigation_prosecution', [['judges', 12]]],
      [
        '2014-09-08',
        'labour_exploitation',
        [
          ['labour_inspectors', 20],
          ['migration_officers', 10],
        ],
      ],
      ['2014-11-04', 'victim_assistance', [['social_workers', 25]]],
      ['2013-10-01', 'identification', [['police', 30]]],
    ];
    for (const [startedOn, topic, participants] of trainings)
      await ok(
        await t.request('POST', '/api/prevention/trainings', {
          headers: police,
          body: {
            startedOn,
            title: `Training ${startedOn}`,
            topic,
            participants: participants.map(([bodyType, n]) => ({ bodyType, participants: n })),
          },
        }),
      );
    // 40 hotline contacts in 2014 (25 in 2013): information, referrals, alerts, one emergency.
    const outcomeOf = (i: number) =>
      i < 30
        ? 'information_given'
        : i < 36
          ? 'referred_to_organisation'
          : i < 39
            ? 'alert_created'
            : 'emergency_to_police';
    for (const [year, count] of [
      [2014, 40],
      [2013, 25],
    ] as const)
      for (let i = 0; i < count; i++)
        await ok(
          await t.request('POST', '/api/hotline/contacts', {
            headers: hotline,
            body: {
              contactedAt: `${day(year, i)}T09:30:00.000Z`,
              channel: 'phone',
              language: 'az',
              callerType: 'member_of_public',
              topic: 'working_abroad',
              outcome: year === 2014 ? outcomeOf(i) : 'information_given',
            },
          }),
        );
    // The National Action Plan 2014-2018, enacted in July 2014, requires training diplomats.
    const plan = await ok(
      await t.request('POST', '/api/action-plans', {
        headers: coordinator,
        body: {
          title: 'National Action Plan 2014-2018',
          startYear: 2014,
          endYear: 2018,
          adoptedOn: '2014-07-24',
        },
      }),
    );
    const objective = await ok(
      await t.request('POST', `/api/action-plans/${plan.id}/objectives`, {
        headers: coordinator,
        body: { code: '4', title: 'Prevention' },
      }),
    );
    const activity = (code: string, deadline: string, trainingBodyTypes: string[]) =>
      t
        .request('POST', `/api/action-plans/${plan.id}/activities`, {
          headers: coordinator,
          body: {
            objectiveId: objective.id,
            code,
            title: `Activity ${code}`,
            responsibleOrganisationId: t.organisations.police.id,
            deadline,
            trainingBodyTypes,
          },
        })
        .then((res) => ok(res));
    await activity('4.1', '2016-12-31', ['diplomats', 'police']);
    await activity('4.2', '2014-12-01', []);
    for (const locale of ['en', 'az', 'ru'] as const) {
      const res = await t.request('GET', `/api/statistics/report?year=2014&locale=${locale}`, {
        headers: coordinator,
      });
      expect(res.status).toBe(200);
      reports[locale] = (await res.json()) as Report;
    }
  }, 600_000);
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

  it('counts 65 activities in 60 cities and districts, aimed at citizens going abroad', () => {
    expect(cell('awareness_activities.audience_channel', null, null)).toBe(65);
    expect(cell('places_reached.region', null, null)).toBe(60);
    expect(cell('awareness_activities.audience_channel', 'citizens_going_abroad', null)).toBe(50);
    expect(cell('awareness_activities.audience_channel', 'foreign_migrant_workers', null)).toBe(0);
    expect(cell('awareness_activities.reach', null, null)).toBe(6500);
  });

  it('counts the trainings by body, none for the diplomats the plan requires, and no measure against demand', () => {
    expect(cell('official_trainings.topic', null, null)).toBe(4);
    expect(cell('training_participation.participants', null, null)).toBe(122);
    expect(cell('training_participation.body_topic', 'diplomats', null)).toBe(0);
    expect(cell('training_planned_bodies.body_given', 'diplomats', 'not_trained')).toBe(1);
    expect(cell('training_planned_bodies.body_given', 'police', 'trained')).toBe(1);
    expect(cell('oversight_activities.kind', 'demand_reduction_campaign', null)).toBe(0);
    expect(cell('hotline_contacts.outcome_result', null, null)).toBe(40);
    expect(cell('hotline_contacts.outcome_result', 'alert_created', 'no_link')).toBe(3);
    expect(cell('plan_activities_due.status_responsible', 'late', null)).toBe(1);
  });

  it('says them in the narrative in three languages', () => {
    const text = (locale: 'en' | 'az' | 'ru') =>
      reports[locale]!.narrative.map((p) => p.text)
        .join('\n')
        .replace(/[\u00a0\u202f]/g, ' ');
    const en = text('en');
    expect(en).toContain('In 2014, 65 awareness-raising activities were held, up from 50 in 2013.');
    expect(en).toContain('They took place in 60 cities and districts.');
    expect(en).toContain(
      'Of these, 50 were aimed at citizens going abroad, five at children and students and 10 at the general public; none at foreign migrant workers.',
    );
    expect(en).toContain('In 2014, four trainings of officials were held, up from one in 2013.');
    expect(en).toContain(
      'They had 122 participants: 40 police officers, 15 prosecutors, 12 judges, 20 labour inspectors, 10 migration officers and 25 social workers.',
    );
    expect(en).toContain('The action plan requires training for diplomats, but they received none in 2014.');
    expect(en).toContain(
      'No campaign to reduce the demand for commercial sex or forced labour was recorded in 2014.',
    );
    expect(en).toContain(
      'The hotline received 40 contacts in 2014, up from 25 in 2013. Of these, three ended with a potential-case alert, one with an emergency passed to the police and six with a referral to an organisation.',
    );
    expect(en).toContain('The one activity of the action plan due in 2014 was not done by the deadline.');
    const az = text('az');
    expect(az).toContain(
      '2014-cü ildə 65 maarifləndirmə tədbiri keçirilmişdir, bu da 2013-cü ildəki 50 tədbir ilə müqayisədə çoxdur.',
    );
    expect(az).toContain('Tədbirlər 60 şəhər və rayonda keçirilmişdir.');
    expect(az).toContain(
      'Fəaliyyət planı diplomatların və konsul işçilərinin təlimini tələb edir, lakin 2014-cü ildə onlar üçün heç bir təlim keçirilməmişdir.',
    );
    expect(az).toContain('2014-cü ildə qaynar xəttə 40 müraciət daxil olmuşdur');
    const ru = text('ru');
    expect(ru).toContain(
      'В 2014 году проведено 65 информационно-просветительских мероприятий, против 50 в 2013 году.',
    );
    expect(ru).toContain('Мероприятия прошли в 60 городах и районах.');
    expect(ru).toContain('; иностранным трудовым мигрантам — ни одного.');
    expect(ru).toContain(
      'План действий требует обучения дипломатов и консульских работников, однако в 2014 году они не прошли ни одного обучения.',
    );
    expect(ru).toContain('В 2014 году на горячую линию поступило 40 обращений, против 25 в 2013 году.');
  });

  it('carries them into the country report: the TIP and GRETA answers, the prevention part and the assessment', async () => {
    const reading = await readCountryReport(t, 2014);
    expect(reading.answers.tip).toMatchObject({
      awareness: 65,
      'awareness.previous': 50,
      'awareness.places': 60,
      'awareness.reach': 6500,
      'awareness.citizens_going_abroad': 50,
      'awareness.foreign_migrant_workers': 0,
      trainings: 4,
      'trainings.previous': 1,
      'trainings.participants': 122,
      'trainings.police': 40,
      'trainings.judges': 12,
      'trainings.diplomats': 0,
      demand: 0,
      hotline: 40,
      'hotline.previous': 25,
      'action_plan.activities_due': 1,
      'action_plan.late': 1,
      'action_plan.indicators': 0,
    });
    expect(reading.answers.greta).toMatchObject({
      awareness: 65,
      'trainings.participants': 122,
      hotline: 40,
    });
    expect(reading.unfilled.tip.map((q) => q.key)).toContain('action_plan.adoption');
    const en = partText(reading, 'en', 'prevention');
    expect(en).toContain('In 2014, 65 awareness-raising activities were held, up from 50 in 2013.');
    expect(en).toContain('In 2014, four trainings of officials were held, up from one in 2013.');
    expect(en).toContain('The hotline received 40 contacts in 2014, up from 25 in 2013.');
    expect(partText(reading, 'az', 'prevention')).toContain(
      '2014-cü ildə 65 maarifləndirmə tədbiri keçirilmişdir, bu da 2013-cü ildəki 50 tədbir ilə müqayisədə çoxdur.',
    );
    expect(partText(reading, 'ru', 'prevention')).toContain(
      'В 2014 году на горячую линию поступило 40 обращений, против 25 в 2013 году.',
    );
    // Each number of the part is a cell: the activities of both years among its figures.
    const figures = reading.parts.en.find((p) => p.part === 'prevention')!.figures;
    expect(
      figures.filter((f) => f.table === 'awareness_activities.audience_channel').map((f) => f.value),
    ).toEqual(expect.arrayContaining([65, 50]));
    // The seed's criticisms, from the data alone: awareness only for citizens, no diplomats
    // trained, nothing against demand, a plan without metrics.
    expect(reading.weaknesses).toEqual(
      expect.arrayContaining([
        'awareness_for_foreigners_and_employers',
        'diplomats_trained',
        'demand_measures',
        'plan_indicators',
      ]),
    );
  });
});
