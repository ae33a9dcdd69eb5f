/**
 * The closed value lists of prevention and coordination (issue 14). Each list ends with its
 * catch-all, so every record falls in exactly one value and the statistics' tables add up.
 * The words follow the TIP report / GRETA usage (docs/prevention/README.md).
 */

/** Whom an awareness activity is aimed at: its main audience (one per activity). */
export const awarenessAudiences = [
  'citizens_going_abroad',
  'foreign_migrant_workers',
  'children_and_students',
  'employers',
  'vulnerable_groups',
  'general_public',
] as const;
export type AwarenessAudience = (typeof awarenessAudiences)[number];

/** How it reached its audience (the main channel). */
export const awarenessChannels = ['event', 'poster', 'video', 'broadcast', 'online', 'other'] as const;
export type AwarenessChannel = (typeof awarenessChannels)[number];

/** Materials handed out or shown (any number). */
export const awarenessMaterials = [
  'posters',
  'leaflets',
  'video_clips',
  'booklets',
  'hotline_cards',
] as const;
export type AwarenessMaterial = (typeof awarenessMaterials)[number];

/** Languages of prevention work and of hotline contacts (ISO 639-1, plus other). */
export const preventionLanguages = ['az', 'ru', 'en', 'tr', 'fa', 'ka', 'uz', 'other'] as const;
export type PreventionLanguage = (typeof preventionLanguages)[number];

/** The bodies whose officials are trained (a training's audience; participants per body). */
export const trainedBodyTypes = [
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
] as const;
export type TrainedBodyType = (typeof trainedBodyTypes)[number];

export const trainingTopics = [
  'identification',
  'trauma_informed_interviewing',
  'victim_assistance',
  'investigation_prosecution',
  'labour_exploitation',
  'child_trafficking',
  'referral_mechanism',
  'other',
] as const;
export type TrainingTopic = (typeof trainingTopics)[number];

/**
 * Demand reduction and labour-recruitment oversight (TIP: "measures to reduce the demand for
 * commercial sex or forced labor"; oversight of recruitment agencies and employers).
 */
export const oversightKinds = [
  'recruitment_agency_inspection',
  'workplace_inspection',
  'demand_reduction_campaign',
  'other_demand_measure',
] as const;
export type OversightKind = (typeof oversightKinds)[number];

export const hotlineChannels = ['phone', 'sms', 'messenger', 'email', 'web_form', 'walk_in'] as const;
export type HotlineChannel = (typeof hotlineChannels)[number];

export const hotlineCallerTypes = [
  'possible_victim',
  'relative_or_friend',
  'professional',
  'member_of_public',
  'employer',
  'anonymous',
] as const;
export type HotlineCallerType = (typeof hotlineCallerTypes)[number];

export const hotlineTopics = [
  'working_abroad',
  'labour_exploitation',
  'sexual_exploitation',
  'missing_person',
  'visa_migration',
  'other',
] as const;
export type HotlineTopic = (typeof hotlineTopics)[number];

/** What the contact ended in (one per contact: the furthest step taken). */
export const hotlineOutcomes = [
  'information_given',
  'referred_to_organisation',
  'alert_created',
  'emergency_to_police',
  'no_action',
] as const;
export type HotlineOutcome = (typeof hotlineOutcomes)[number];
