import { organisationTypes } from '../../organisations/organisation-types.ts';
import { recommendationSources, recommendationStatuses } from '../../prevention/action-plan.ts';
import { preventionRegions } from '../../prevention/prevention-regions.ts';
import {
  awarenessAudiences,
  awarenessChannels,
  hotlineOutcomes,
  hotlineTopics,
  oversightKinds,
  trainedBodyTypes,
  trainingTopics,
} from '../../prevention/prevention-vocabulary.ts';

/**
 * The prevention module's dimensions (closed, ordered; every record falls in exactly one value).
 * Spread into dimensions.ts's `dimensionValues`.
 */
export const preventionDimensionValues = {
  /** The activity's main audience (one per activity). */
  awareness_audience: awarenessAudiences,
  awareness_channel: awarenessChannels,
  /** The economic region of the place, as recorded with the activity. */
  prevention_region: preventionRegions,
  training_topic: trainingTopics,
  /** The body type officials came from (a training's participants per body type). */
  trained_body: trainedBodyTypes,
  /** Whether any training that began in the period had participants of the body type. */
  training_given: ['trained', 'not_trained'],
  oversight_kind: oversightKinds,
  hotline_outcome: hotlineOutcomes,
  hotline_topic: hotlineTopics,
  /**
   * What the contact led to in the mechanism by the end of the period, the furthest step: a
   * person linked to it (directly or through its alert) identified as a victim; else referred
   * (a referral sent); else an alert or a person linked, nothing more yet; else no link.
   */
  hotline_result: ['victim_identified', 'person_referred', 'linked_only', 'no_link'],
  /**
   * An activity of the plan due in the period, as at the end of the period (or today, if
   * earlier): done by its deadline, done after it, not done and its deadline passed, not yet due.
   */
  plan_activity_status: ['done_on_time', 'done_late', 'late', 'not_yet_due'],
  /** The type of the organisation answering for the activity. */
  responsible_type: organisationTypes,
  /**
   * An indicator's value for a year against its target: on target, off target, no value entered,
   * or computed from these statistics (its status is shown on the plan, where it is computed).
   */
  indicator_status: ['on_target', 'off_target', 'no_value', 'computed'],
  recommendation_status: recommendationStatuses,
  recommendation_source: recommendationSources,
} as const;
