import { trainedBodyTypes } from '../prevention/prevention-vocabulary.ts';
import { recordAwarenessActivity } from '../prevention/record-awareness-activity.ts';
import { recordOfficialTraining } from '../prevention/record-official-training.ts';
import { recordOversightActivity } from '../prevention/record-oversight-activity.ts';
import { calendarDate, code, codes, column, integer, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

const count = integer(0, 100_000_000);
const placeColumn = (required: boolean) =>
  column('place', code('prevention_places'), {
    required,
    codeList: 'prevention_places',
    description: 'The city or district, by its code in the list of places (so places reached are counted).',
    example: 'ganja',
  });
const organiserColumn = column('organiser', text(200), {
  description: 'Who organised it; empty: the importing organisation.',
});

/** Awareness-raising activities of past years, each at a place of the configured list. */
export const awarenessActivitiesSheet: SheetDefinition = {
  name: 'awareness_activities',
  description: 'One row per awareness-raising activity (an event, a poster campaign, a broadcast…).',
  columns: [
    sourceIdColumn,
    column('held_on', calendarDate(), {
      required: true,
      description: 'Day it was held.',
      example: '2014-03-15',
    }),
    column('title', text(200), { required: true, description: 'Title.', example: 'Safe travel abroad' }),
    placeColumn(true),
    column('audience', code('awareness_audiences'), {
      required: true,
      codeList: 'awareness_audiences',
      description: 'Its main audience.',
      example: 'citizens_going_abroad',
    }),
    column('language', code('prevention_languages'), {
      required: true,
      codeList: 'prevention_languages',
      description: 'Language.',
      example: 'az',
    }),
    column('channel', code('awareness_channels'), {
      required: true,
      codeList: 'awareness_channels',
      description: 'Its main channel.',
      example: 'event',
    }),
    column('materials', codes('awareness_materials'), {
      codeList: 'awareness_materials',
      description: 'Materials handed out or shown, separated by ";".',
      example: 'posters;video_clips',
    }),
    column('reach', count, { description: 'People reached, as counted or estimated.', example: '120' }),
    organiserColumn,
  ],
  references: [],
  fieldColumns: { heldOn: 'held_on', placeCode: 'place', reach: 'reach', title: 'title' },
  async write(writer, v) {
    const activity = await recordAwarenessActivity(writer.actingFor(), {
      heldOn: v.held_on as string,
      title: v.title as string,
      placeCode: v.place as string,
      audience: v.audience as string,
      language: v.language as string,
      channel: v.channel as string,
      materials: (v.materials as string[] | undefined) ?? [],
      reach: (v.reach as number | undefined) ?? null,
      organiser: v.organiser as string | undefined,
    });
    return activity.id;
  },
};

/** One column per body type: a spreadsheet row per training, as registers of trainings are kept. */
const participantColumns = trainedBodyTypes.map((b) =>
  column(`participants_${b}`, count, { description: `Participants: ${b.replaceAll('_', ' ')}.` }),
);

/** Trainings of officials of past years, with their participants by body type. */
export const trainingsSheet: SheetDefinition = {
  name: 'trainings',
  description:
    'One row per training of officials; a participants_… column per body type (empty or 0: none came).',
  columns: [
    sourceIdColumn,
    column('started_on', calendarDate(), {
      required: true,
      description: 'First day.',
      example: '2014-10-06',
    }),
    column('ended_on', calendarDate(), { description: 'Last day; empty: one day.', example: '2014-10-08' }),
    column('title', text(200), { required: true, description: 'Title.', example: 'Identifying victims' }),
    column('topic', code('training_topics'), {
      required: true,
      codeList: 'training_topics',
      description: 'Its main topic.',
      example: 'identification',
    }),
    placeColumn(false),
    organiserColumn,
    ...participantColumns,
  ],
  references: [],
  fieldColumns: { startedOn: 'started_on', endedOn: 'ended_on', placeCode: 'place', title: 'title' },
  async write(writer, v) {
    const participants = trainedBodyTypes
      .map((bodyType) => ({ bodyType, participants: (v[`participants_${bodyType}`] as number) ?? 0 }))
      .filter((p) => p.participants > 0);
    const training = await recordOfficialTraining(writer.actingFor(), {
      startedOn: v.started_on as string,
      endedOn: v.ended_on as string | undefined,
      title: v.title as string,
      topic: v.topic as string,
      placeCode: (v.place as string | undefined) ?? null,
      organiser: v.organiser as string | undefined,
      participants,
    });
    return training.id;
  },
};

/** Inspections of recruitment agencies and workplaces, and measures against demand. */
export const oversightSheet: SheetDefinition = {
  name: 'oversight_activities',
  description: 'One row per inspection campaign or measure against demand, with what it found.',
  columns: [
    sourceIdColumn,
    column('kind', code('oversight_kinds'), {
      required: true,
      codeList: 'oversight_kinds',
      description: 'What kind of oversight or measure.',
      example: 'recruitment_agency_inspection',
    }),
    column('held_on', calendarDate(), {
      required: true,
      description: 'Day it took place.',
      example: '2014-05-12',
    }),
    column('subject', text(200), { required: true, description: 'What or whom it concerned.' }),
    placeColumn(false),
    column('inspections', count, { description: 'Inspections carried out.' }),
    column('violations_found', count, { description: 'Violations found.' }),
    column('employers_sanctioned', count, { description: 'Employers sanctioned.' }),
    column('licences_revoked', count, { description: 'Licences revoked.' }),
  ],
  references: [],
  fieldColumns: { heldOn: 'held_on', placeCode: 'place', subject: 'subject' },
  async write(writer, v) {
    const activity = await recordOversightActivity(writer.actingFor(), {
      kind: v.kind as string,
      heldOn: v.held_on as string,
      subject: v.subject as string,
      placeCode: (v.place as string | undefined) ?? null,
      inspections: v.inspections as number | undefined,
      violationsFound: v.violations_found as number | undefined,
      employersSanctioned: v.employers_sanctioned as number | undefined,
      licencesRevoked: v.licences_revoked as number | undefined,
    });
    return activity.id;
  },
};
