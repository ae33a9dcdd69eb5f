import type { TrainedBodyType } from './prevention-vocabulary.ts';

/** The national action plan: objectives, activities, indicators, progress and evaluation. */

export const progressStatuses = ['not_started', 'in_progress', 'done', 'delayed'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const evaluationKinds = ['internal', 'independent'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];

export const recommendationSources = ['tip_report', 'greta', 'treaty_body', 'own_evaluation'] as const;
export type RecommendationSource = (typeof recommendationSources)[number];

export const recommendationStatuses = [
  'not_started',
  'in_progress',
  'partly_implemented',
  'implemented',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/**
 * Evidence for a report or a recommendation: a figure of the statistics catalogue (its table,
 * optionally one row and column), a prevention record, or a document at an address.
 */
export type EvidenceLink =
  | { kind: 'statistic'; tableKey: string; row?: string | undefined; column?: string | undefined }
  | {
      kind: 'record';
      recordType: 'awareness_activity' | 'training' | 'oversight_activity' | 'plan_activity';
      id: string;
    }
  | { kind: 'document'; url: string; label: string };

export interface ActionPlan {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  adoptedOn: string | null;
  createdAt: Date;
}

export interface PlanObjective {
  id: string;
  planId: string;
  code: string;
  title: string;
}

export interface PlanActivity {
  id: string;
  planId: string;
  objectiveId: string;
  code: string;
  title: string;
  responsibleOrganisationId: string;
  partnerOrganisationIds: string[];
  deadline: string;
  budgetAmount: number | null;
  budgetCurrency: string | null;
  /** The day it was done (set by a progress report "done"). */
  completedOn: string | null;
  /** Body types whose officials the activity requires to be trained (none for most). */
  trainingBodyTypes: TrainedBodyType[];
}

/**
 * A figure that measures the plan. `computed` reads a cell of OpenNRM's own statistics for the
 * year (the national internal view), so it follows the records; otherwise a value is entered.
 */
export interface PlanIndicator {
  id: string;
  planId: string;
  activityId: string | null;
  name: string;
  unit: string;
  source:
    | { kind: 'entered'; note: string }
    | { kind: 'computed'; tableKey: string; row: string; column?: string };
  baseline: number | null;
  baselineYear: number | null;
  /** Whether the target is a floor (victims identified) or a ceiling (days to a decision). */
  direction: 'at_least' | 'at_most';
  /** Target per year ("2015" -> 10). */
  targets: Record<string, number>;
  /** Entered values per year (computed ones are never stored). */
  values: Record<string, number>;
}

export interface ProgressReport {
  id: string;
  activityId: string;
  year: number;
  status: ProgressStatus;
  narrative: string;
  evidence: EvidenceLink[];
  organisationId: string;
  reportedBy: string;
  reportedOn: string;
  createdAt: Date;
}

export interface PlanEvaluation {
  id: string;
  planId: string;
  kind: EvaluationKind;
  evaluator: string;
  completedOn: string;
  findings: string;
  createdAt: Date;
}

export interface Recommendation {
  id: string;
  source: RecommendationSource;
  /** The TIP report's year, the GRETA round's year, the treaty body's session year. */
  sourceYear: number;
  /** "TIP 2015", "GRETA second round", "CEDAW/C/AZE/CO/6". */
  sourceReference: string;
  number: number;
  text: string;
  responsibleOrganisationIds: string[];
  createdAt: Date;
}

export interface RecommendationYear {
  recommendationId: string;
  year: number;
  status: RecommendationStatus;
  actions: string;
  evidence: EvidenceLink[];
  updatedBy: string;
  updatedAt: Date;
}
