import type {
  AwarenessAudience,
  HotlineOutcome,
  TrainedBodyType,
} from '../../../prevention/prevention-vocabulary.ts';
import type { ReportTable } from '../../report-model.ts';
import type { FigureRef } from '../narrative-pieces.ts';
import { countOf, type Item, rowItems, totalOf } from '../narrative-plan.ts';
import { readFigure } from '../read-figure.ts';

/**
 * The prevention paragraph's cells, picked once for every language, in the TIP report's order:
 * awareness activities and the places they reached, who they were aimed at (and the zero for
 * foreign migrant workers that the TIP report remarks on), trainings of officials and the body
 * types the action plan requires to train that received none, measures against demand, the
 * hotline, then the action plan and the recommendations.
 */
export interface PreventionPlan {
  activities: FigureRef | null;
  activitiesPrevious: FigureRef | null;
  places: FigureRef | null;
  audiences: Item<AwarenessAudience>[];
  /** Activities aimed at foreign migrant workers, when there were activities but none for them. */
  migrantWorkersNone: FigureRef | null;
  trainings: FigureRef | null;
  trainingsPrevious: FigureRef | null;
  participants: FigureRef | null;
  bodies: Item<TrainedBodyType>[];
  /** Body types the plan names for training with no training in the period (each a zero). */
  untrained: Item<TrainedBodyType>[];
  /** Demand-reduction campaigns (a zero is said: "no new measures to reduce the demand"). */
  demandCampaigns: FigureRef | null;
  agencyInspections: FigureRef | null;
  hotline: FigureRef | null;
  hotlinePrevious: FigureRef | null;
  hotlineOutcomes: Item<HotlineOutcome>[];
  hotlineIdentified: FigureRef | null;
  planDue: FigureRef | null;
  planStatuses: Item<'done_on_time' | 'done_late' | 'late' | 'not_yet_due'>[];
  indicators: FigureRef | null;
  indicatorStatuses: Item<'on_target' | 'off_target' | 'no_value' | 'computed'>[];
  recommendations: FigureRef | null;
  recommendationStatuses: Item<'implemented' | 'partly_implemented' | 'in_progress' | 'not_started'>[];
}

type Tables = ReadonlyMap<string, ReportTable>;

const cell = (table: ReportTable | undefined, row: string | null, column: string | null) =>
  table ? readFigure(table, row, column, 'current') : null;

export const trainedBodyOrder: readonly TrainedBodyType[] = [
  'police',
  'border_guards',
  'prosecutors',
  'judges',
  'labour_inspectors',
  'migration_officers',
  'diplomats',
  'social_workers',
  'health_workers',
  'teachers',
  'ngo_staff',
  'other_officials',
];

export function planPrevention(tables: Tables): PreventionPlan | null {
  const awareness = tables.get('awareness_activities.audience_channel');
  const places = tables.get('places_reached.region');
  const trainings = tables.get('official_trainings.topic');
  const participation = tables.get('training_participation.body_topic');
  const participants = tables.get('training_participation.participants');
  const planned = tables.get('training_planned_bodies.body_given');
  const oversight = tables.get('oversight_activities.kind');
  const inspections = tables.get('oversight_activities.inspections');
  const hotline = tables.get('hotline_contacts.outcome_result');
  const due = tables.get('plan_activities_due.status_responsible');
  const indicators = tables.get('plan_indicator_years.status');
  const recommendations = tables.get('recommendation_years.status_source');
  if (!awareness && !trainings && !hotline && !due && !recommendations) return null;
  // A country that does not record prevention work gets no paragraph of zeros.
  const used = [awareness, trainings, oversight, hotline, due, indicators, recommendations].some(
    (table) => table && (table.current.total.value !== 0 || table.previous.total.value !== 0),
  );
  if (!used) return null;
  const activities = totalOf(awareness, 'current');
  const hasActivities = (activities?.cell.value ?? 0) > 0;
  const migrantWorkers = cell(awareness, 'foreign_migrant_workers', null);
  const untrained = planned
    ? trainedBodyOrder.flatMap((code) => {
        const notTrained = readFigure(planned, code, 'not_trained', 'current');
        const zero = participation ? readFigure(participation, code, null, 'current') : null;
        return (notTrained?.cell.value ?? 0) > 0 && zero?.cell.value === 0 ? [{ code, figure: zero }] : [];
      })
    : [];
  const demand = cell(oversight, 'demand_reduction_campaign', null);
  const planDue = countOf(totalOf(due, 'current'));
  const indicatorTotal = countOf(totalOf(indicators, 'current'));
  const recommendationTotal = countOf(totalOf(recommendations, 'current'));
  return {
    activities,
    activitiesPrevious: totalOf(awareness, 'previous'),
    places: hasActivities ? countOf(totalOf(places, 'current')) : null,
    audiences: hasActivities
      ? rowItems(awareness, [
          'citizens_going_abroad',
          'foreign_migrant_workers',
          'children_and_students',
          'employers',
          'vulnerable_groups',
          'general_public',
        ] as const)
      : [],
    migrantWorkersNone: hasActivities && migrantWorkers?.cell.value === 0 ? migrantWorkers : null,
    trainings: totalOf(trainings, 'current'),
    trainingsPrevious: totalOf(trainings, 'previous'),
    participants: countOf(totalOf(participants, 'current')),
    bodies: rowItems(participants, trainedBodyOrder),
    untrained,
    demandCampaigns: oversight ? demand : null,
    agencyInspections: countOf(cell(inspections, 'recruitment_agency_inspection', null)),
    hotline: totalOf(hotline, 'current'),
    hotlinePrevious: totalOf(hotline, 'previous'),
    hotlineOutcomes: rowItems(hotline, [
      'alert_created',
      'emergency_to_police',
      'referred_to_organisation',
    ] as const),
    hotlineIdentified: countOf(cell(hotline, null, 'victim_identified')),
    planDue,
    planStatuses: planDue ? rowItems(due, ['done_on_time', 'done_late', 'late', 'not_yet_due'] as const) : [],
    indicators: indicatorTotal,
    indicatorStatuses: indicatorTotal
      ? rowItems(indicators, ['on_target', 'off_target', 'no_value', 'computed'] as const)
      : [],
    recommendations: recommendationTotal,
    recommendationStatuses: recommendationTotal
      ? rowItems(recommendations, [
          'implemented',
          'partly_implemented',
          'in_progress',
          'not_started',
        ] as const)
      : [],
  };
}
