import { ref, type TemplateCell } from '../submission-template.ts';
import { cell, perValue, previousOf, rows } from './template-cells.ts';

const awareness = 'awareness_activities.audience_channel';
const hotline = 'hotline_contacts.outcome_result';
const participants = 'training_participation.participants';
const oversight = 'oversight_activities.kind';

/** The officials the TIP report and GRETA ask about by name (the others are in the total). */
const namedBodies = [
  ['police', 'police officers'],
  ['border_guards', 'border guards'],
  ['prosecutors', 'prosecutors'],
  ['judges', 'judges'],
  ['labour_inspectors', 'labour inspectors'],
  ['migration_officers', 'migration officers'],
  ['diplomats', 'diplomats and consular staff'],
  ['social_workers', 'social workers'],
] as const;

const audiences = [
  ['citizens_going_abroad', 'citizens going abroad'],
  ['foreign_migrant_workers', 'foreign migrant workers'],
  ['children_and_students', 'children and students'],
  ['employers', 'employers'],
  ['vulnerable_groups', 'vulnerable groups'],
  ['general_public', 'the general public'],
] as const;

/**
 * The prevention questions both the TIP data request and GRETA's questionnaire ask (awareness and
 * its audiences, officials trained, demand, the hotline), read from the prevention module's
 * facts. The TIP report adds the action plan and recruitment oversight (`tipOnly`).
 */
export function preventionCells(section: string, tipOnly: boolean): TemplateCell[] {
  const activities = cell('awareness', section, 'Awareness activities held', [ref(awareness)]);
  const trainings = cell('trainings', section, 'Trainings of officials held', [
    ref('official_trainings.topic'),
  ]);
  const contacts = cell('hotline', section, 'Hotline contacts', [ref(hotline)]);
  const common = [
    activities,
    previousOf(activities, 'Awareness activities held in the previous period'),
    cell('awareness.places', section, 'Cities and districts reached by awareness activities', [
      ref('places_reached.region'),
    ]),
    cell('awareness.reach', section, 'People reached by awareness activities (as recorded)', [
      ref('awareness_activities.reach'),
    ]),
    ...perValue('awareness', section, 'Awareness activities aimed at', audiences, (code) =>
      ref(awareness, code),
    ),
    trainings,
    previousOf(trainings, 'Trainings of officials held in the previous period'),
    cell('trainings.participants', section, 'Officials trained (participants)', [ref(participants)]),
    ...perValue('trainings', section, 'Officials trained', namedBodies, (code) => ref(participants, code)),
    cell('demand', section, 'Measures to reduce the demand for commercial sex and forced labour', [
      ...rows(oversight, ['demand_reduction_campaign', 'other_demand_measure']),
    ]),
    contacts,
    previousOf(contacts, 'Hotline contacts in the previous period'),
    cell('hotline.victims_identified', section, 'Hotline contacts that led to a victim identified', [
      ref(hotline, null, 'victim_identified'),
    ]),
  ];
  if (!tipOnly) return common;
  const due = 'plan_activities_due.status_responsible';
  return [
    ...common,
    cell('action_plan.activities_due', section, 'Action plan activities due in the period', [ref(due)]),
    cell('action_plan.done_on_time', section, 'Action plan activities done by their deadline', [
      ref(due, 'done_on_time'),
    ]),
    cell('action_plan.late', section, 'Action plan activities not done by their deadline', [
      ref(due, 'late'),
    ]),
    cell('action_plan.indicators', section, 'Action plan indicators with a target for the year', [
      ref('plan_indicator_years.status'),
    ]),
    cell('recruitment_oversight', section, 'Inspections of recruitment agencies and workplaces', [
      ...rows('oversight_activities.inspections', ['recruitment_agency_inspection', 'workplace_inspection']),
    ]),
    cell('recruitment_oversight.sanctioned', section, 'Employers and agencies sanctioned', [
      ref('oversight_activities.sanctioned'),
    ]),
  ];
}
