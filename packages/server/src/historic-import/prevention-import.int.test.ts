import { defaultPreventionPlaces, type ImportSheet, runHistoricImport } from '@opennrm/core';
import { actAs } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

function sheet(name: string, rows: Record<string, string>[]): ImportSheet {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

type Cell = { value: number | null };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { cells: Cell[][]; rowTotals: Cell[]; total: Cell };
};
type Report = { tables: Table[]; narrative: { text: string }[] };

const day = (year: number, i: number) =>
  `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const places = defaultPreventionPlaces.filter((p) => p.kind !== 'abroad').map((p) => p.code);
const audienceOf = (i: number) =>
  i < 50 ? 'citizens_going_abroad' : i < 55 ? 'children_and_students' : 'general_public';
const outcomeOf = (i: number) =>
  i < 30
    ? 'information_given'
    : i < 36
      ? 'referred_to_organisation'
      : i < 39
        ? 'alert_created'
        : 'emergency_to_police';

/**
 * The seed report's 2014 prevention figures as a country would load them from its registers
 * (the police's activities and trainings, the hotline's call log), through the historic import
 * on both databases: the 2014 report counts them as the API-entered ones and says them in three
 * languages; a second run of the same files changes nothing.
 */
describeEachBackend('prevention through the historic import', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  const reports: Partial<Record<'en' | 'az' | 'ru', Report>> = {};

  const police = [
    sheet('awareness_activities', [
      // 65 in 2014: the first 60 each at a place of its own, five more at places already reached.
      ...Array.from({ length: 65 }, (_, i) => ({
        source_id: `AW-2014-${i}`,
        held_on: day(2014, i),
        title: `Safe travel ${i}`,
        place: places[i % 60]!,
        audience: audienceOf(i),
        language: 'az',
        channel: i % 3 === 0 ? 'poster' : i % 3 === 1 ? 'video' : 'event',
        materials: 'posters;video_clips',
        reach: '100',
      })),
      ...Array.from({ length: 50 }, (_, i) => ({
        source_id: `AW-2013-${i}`,
        held_on: day(2013, i),
        title: `Earlier ${i}`,
        place: places[i % 20]!,
        audience: 'citizens_going_abroad',
        language: 'az',
        channel: 'event',
      })),
    ]),
    sheet('trainings', [
      {
        source_id: 'T1',
        started_on: '2014-03-12',
        title: 'Identification',
        topic: 'identification',
        participants_police: '40',
        participants_prosecutors: '15',
      },
      {
        source_id: 'T2',
        started_on: '2014-05-20',
        title: 'Trials',
        topic: 'investigation_prosecution',
        participants_judges: '12',
      },
      {
        source_id: 'T3',
        started_on: '2014-09-08',
        ended_on: '2014-09-10',
        title: 'Labour',
        topic: 'labour_exploitation',
        participants_labour_inspectors: '20',
        participants_migration_officers: '10',
        participants_diplomats: '0',
      },
      {
        source_id: 'T4',
        started_on: '2014-11-04',
        title: 'Assistance',
        topic: 'victim_assistance',
        participants_social_workers: '25',
      },
      {
        source_id: 'T5',
        started_on: '2013-10-01',
        title: 'Identification 2013',
        topic: 'identification',
        participants_police: '30',
      },
    ]),
  ];
  const hotline = [
    sheet('persons', [{ source_id: 'HP1', sex: 'Feminine', birth_year: '1990' }]),
    sheet('hotline_contacts', [
      ...Array.from({ length: 40 }, (_, i) => ({
        source_id: `H-2014-${i}`,
        contacted_on: day(2014, i),
        channel: 'phone',
        language: 'az',
        caller_type: 'member_of_public',
        topic: 'working_abroad',
        outcome: outcomeOf(i),
        // The first alert's call opened a record of the person it was about.
        ...(i === 36 ? { person_source_id: 'HP1' } : {}),
      })),
      ...Array.from({ length: 25 }, (_, i) => ({
        source_id: `H-2013-${i}`,
        contacted_on: day(2013, i),
        channel: 'phone',
        language: 'ru',
        caller_type: 'relative_or_friend',
        topic: 'working_abroad',
        outcome: 'information_given',
      })),
    ]),
  ];

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const admin = actAs(
      t.deps,
      t.organisations.system_operator,
      ['system_administrator'],
      t.users.system_administrator.id,
    );
    for (const [organisation, sheets, sha] of [
      [t.organisations.police, police, 'a1'],
      [t.organisations.hotline, hotline, 'b2'],
    ] as const) {
      const input = { organisationId: organisation.id, fileName: 'registers-2014.xlsx', dryRun: false };
      const first = await runHistoricImport(admin, {
        ...input,
        fileSha256: sha.repeat(32),
        sheets: [...sheets],
      });
      expect(first.errors).toEqual([]);
      expect(first.outcome).toBe('imported');
      // The same registers again (a corrected file): nothing is counted twice.
      const again = await runHistoricImport(admin, {
        ...input,
        fileSha256: 'f0'.repeat(32),
        sheets: [...sheets],
      });
      expect(again.errors).toEqual([]);
    }
    const coordinator = await t.signInAs('national_coordinator');
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
    if (r < 0) return table.current.total.value;
    return c < 0 ? table.current.rowTotals[r]!.value : table.current.cells[r]![c]!.value;
  };

  it('counts the imported activities, places, trainings and contacts as the report of 2014', () => {
    expect(cell('awareness_activities.audience_channel', null, null)).toBe(65);
    expect(cell('places_reached.region', null, null)).toBe(60);
    expect(cell('awareness_activities.audience_channel', 'foreign_migrant_workers', null)).toBe(0);
    expect(cell('awareness_activities.reach', null, null)).toBe(6500);
    expect(cell('official_trainings.topic', null, null)).toBe(4);
    expect(cell('training_participation.participants', null, null)).toBe(122);
    expect(cell('training_participation.body_topic', 'diplomats', null)).toBe(0);
    expect(cell('hotline_contacts.outcome_result', null, null)).toBe(40);
    expect(cell('hotline_contacts.outcome_result', 'alert_created', 'linked_only')).toBe(1);
    expect(cell('hotline_contacts.outcome_result', 'alert_created', 'no_link')).toBe(2);
  });

  it('says them in the narrative in three languages, with the year before', () => {
    const text = (locale: 'en' | 'az' | 'ru') =>
      reports[locale]!.narrative.map((p) => p.text)
        .join('\n')
        .replace(/[\u00a0\u202f]/g, ' ');
    expect(text('en')).toContain('In 2014, 65 awareness-raising activities were held, up from 50 in 2013.');
    expect(text('en')).toContain('They took place in 60 cities and districts.');
    expect(text('en')).toContain('In 2014, four trainings of officials were held, up from one in 2013.');
    expect(text('en')).toContain('The hotline received 40 contacts in 2014, up from 25 in 2013.');
    expect(text('az')).toContain('Tədbirlər 60 şəhər və rayonda keçirilmişdir.');
    expect(text('az')).toContain('2014-cü ildə qaynar xəttə 40 müraciət daxil olmuşdur');
    expect(text('ru')).toContain('Мероприятия прошли в 60 городах и районах.');
    expect(text('ru')).toContain(
      'В 2014 году на горячую линию поступило 40 обращений, против 25 в 2013 году.',
    );
  });
});
