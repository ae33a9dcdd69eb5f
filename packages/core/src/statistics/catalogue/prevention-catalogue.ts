import type { FactDefinition, Measure, TableDefinition } from '../catalogue.ts';

const count: Measure = { kind: 'count' };
const national = ['national'] as const;

/**
 * Prevention and coordination: awareness activities and the places they reached, trainings of
 * officials, demand reduction and recruitment oversight, hotline contacts, the action plan and
 * recommendations. Each fact reads the module's own tables by the day the event happened.
 * Only hotline contacts are about persons (callers, and the persons they led to): the other
 * facts count activities, trainings and plan items, whose exact figures are published.
 */
export const preventionFacts: readonly FactDefinition[] = [
  {
    // One record per awareness activity held in the period (held_on); `reach` people reached.
    key: 'awareness_activities',
    sources: national,
    dimensions: ['awareness_audience', 'awareness_channel', 'prevention_region'],
    durations: ['reach'],
    aboutPersons: false,
  },
  {
    // One record per distinct place with at least one awareness activity held in the period.
    key: 'places_reached',
    sources: national,
    dimensions: ['prevention_region'],
    durations: [],
    aboutPersons: false,
  },
  {
    // One record per training of officials that began in the period; `participants` all of them.
    key: 'official_trainings',
    sources: national,
    dimensions: ['training_topic'],
    durations: ['participants'],
    aboutPersons: false,
  },
  {
    // One record per training that began in the period and body type with participants in it.
    key: 'training_participation',
    sources: national,
    dimensions: ['trained_body', 'training_topic'],
    durations: ['participants'],
    aboutPersons: false,
  },
  {
    // One record per body type an activity of a plan in force names for training, per period.
    key: 'training_planned_bodies',
    sources: national,
    dimensions: ['trained_body', 'training_given'],
    durations: [],
    aboutPersons: false,
  },
  {
    key: 'oversight_activities',
    sources: national,
    dimensions: ['oversight_kind'],
    durations: ['inspections', 'employers_sanctioned'],
    aboutPersons: false,
  },
  {
    // One record per hotline contact on a local day of the period (contacted_on).
    key: 'hotline_contacts',
    sources: national,
    dimensions: ['hotline_outcome', 'hotline_result', 'hotline_topic'],
    durations: [],
  },
  {
    // One record per activity of an action plan whose deadline falls in the period.
    key: 'plan_activities_due',
    sources: national,
    dimensions: ['plan_activity_status', 'responsible_type'],
    durations: [],
    aboutPersons: false,
  },
  {
    // One record per indicator with a target for a year, placed on 1 January of that year.
    key: 'plan_indicator_years',
    sources: national,
    dimensions: ['indicator_status'],
    durations: [],
    aboutPersons: false,
  },
  {
    // One record per recommendation with a status recorded for a year, placed on 1 January.
    key: 'recommendation_years',
    sources: national,
    dimensions: ['recommendation_status', 'recommendation_source'],
    durations: [],
    aboutPersons: false,
  },
];

const persons = (value: string): Measure => ({ kind: 'sum', value, unit: 'persons' });

export const preventionTables: readonly TableDefinition[] = [
  {
    key: 'awareness_activities.audience_channel',
    fact: 'awareness_activities',
    rows: 'awareness_audience',
    columns: 'awareness_channel',
    measure: count,
  },
  {
    key: 'awareness_activities.region_audience',
    fact: 'awareness_activities',
    rows: 'prevention_region',
    columns: 'awareness_audience',
    measure: count,
  },
  {
    key: 'awareness_activities.reach',
    fact: 'awareness_activities',
    rows: 'awareness_audience',
    columns: 'awareness_channel',
    measure: persons('reach'),
  },
  {
    key: 'places_reached.region',
    fact: 'places_reached',
    rows: 'prevention_region',
    columns: null,
    measure: count,
  },
  {
    key: 'official_trainings.topic',
    fact: 'official_trainings',
    rows: 'training_topic',
    columns: null,
    measure: count,
  },
  {
    key: 'training_participation.body_topic',
    fact: 'training_participation',
    rows: 'trained_body',
    columns: 'training_topic',
    measure: count,
  },
  {
    key: 'training_participation.participants',
    fact: 'training_participation',
    rows: 'trained_body',
    columns: 'training_topic',
    measure: persons('participants'),
  },
  {
    key: 'training_planned_bodies.body_given',
    fact: 'training_planned_bodies',
    rows: 'trained_body',
    columns: 'training_given',
    measure: count,
  },
  {
    key: 'oversight_activities.kind',
    fact: 'oversight_activities',
    rows: 'oversight_kind',
    columns: null,
    measure: count,
  },
  {
    key: 'oversight_activities.inspections',
    fact: 'oversight_activities',
    rows: 'oversight_kind',
    columns: null,
    measure: { kind: 'sum', value: 'inspections', unit: 'inspections' },
  },
  {
    key: 'oversight_activities.sanctioned',
    fact: 'oversight_activities',
    rows: 'oversight_kind',
    columns: null,
    measure: { kind: 'sum', value: 'employers_sanctioned', unit: 'employers' },
  },
  {
    key: 'hotline_contacts.outcome_result',
    fact: 'hotline_contacts',
    rows: 'hotline_outcome',
    columns: 'hotline_result',
    measure: count,
  },
  {
    key: 'hotline_contacts.topic_outcome',
    fact: 'hotline_contacts',
    rows: 'hotline_topic',
    columns: 'hotline_outcome',
    measure: count,
  },
  {
    key: 'plan_activities_due.status_responsible',
    fact: 'plan_activities_due',
    rows: 'plan_activity_status',
    columns: 'responsible_type',
    measure: count,
  },
  {
    key: 'plan_indicator_years.status',
    fact: 'plan_indicator_years',
    rows: 'indicator_status',
    columns: null,
    measure: count,
  },
  {
    key: 'recommendation_years.status_source',
    fact: 'recommendation_years',
    rows: 'recommendation_status',
    columns: 'recommendation_source',
    measure: count,
  },
];
