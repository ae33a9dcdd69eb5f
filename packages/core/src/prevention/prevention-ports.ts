import type {
  ActionPlan,
  PlanActivity,
  PlanEvaluation,
  PlanIndicator,
  PlanObjective,
  ProgressReport,
  Recommendation,
  RecommendationYear,
} from './action-plan.ts';
import type { AwarenessActivity, HotlineContact, OfficialTraining, OversightActivity } from './prevention.ts';

/** Lists newest first, limited to one organisation unless `organisationId` is null (all). */
export interface PreventionListFilter {
  organisationId: string | null;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

export interface PreventionStore {
  addAwareness(a: AwarenessActivity): Promise<void>;
  getAwareness(id: string): Promise<AwarenessActivity | undefined>;
  /** A correction of what happened (the recorder and the time recorded stay). */
  replaceAwareness(a: AwarenessActivity): Promise<void>;
  listAwareness(filter: PreventionListFilter): Promise<AwarenessActivity[]>;
  addTraining(t: OfficialTraining): Promise<void>;
  listTrainings(filter: PreventionListFilter): Promise<OfficialTraining[]>;
  addOversight(o: OversightActivity): Promise<void>;
  listOversight(filter: PreventionListFilter): Promise<OversightActivity[]>;
  addHotlineContact(c: HotlineContact): Promise<void>;
  getHotlineContact(id: string): Promise<HotlineContact | undefined>;
  /** A correction of the contact's choices and links (the sealed fields stay). */
  replaceHotlineContact(c: HotlineContact): Promise<void>;
  listHotlineContacts(filter: PreventionListFilter): Promise<HotlineContact[]>;
}

export interface ActionPlanStore {
  addPlan(p: ActionPlan): Promise<void>;
  listPlans(): Promise<ActionPlan[]>;
  getPlan(id: string): Promise<ActionPlan | undefined>;
  addObjective(o: PlanObjective): Promise<void>;
  listObjectives(planId: string): Promise<PlanObjective[]>;
  addActivity(a: PlanActivity): Promise<void>;
  getActivity(id: string): Promise<PlanActivity | undefined>;
  listActivities(planId: string): Promise<PlanActivity[]>;
  setActivityCompleted(id: string, completedOn: string | null): Promise<void>;
  addIndicator(i: PlanIndicator): Promise<void>;
  getIndicator(id: string): Promise<PlanIndicator | undefined>;
  listIndicators(planId: string): Promise<PlanIndicator[]>;
  setIndicatorValue(id: string, year: number, value: number): Promise<void>;
  /** One report per activity and year: a new report for the same year replaces it. */
  putProgressReport(r: ProgressReport): Promise<void>;
  listProgressReports(planId: string): Promise<ProgressReport[]>;
  addEvaluation(e: PlanEvaluation): Promise<void>;
  listEvaluations(planId: string): Promise<PlanEvaluation[]>;
  addRecommendation(r: Recommendation): Promise<void>;
  getRecommendation(id: string): Promise<Recommendation | undefined>;
  listRecommendations(): Promise<Recommendation[]>;
  /** One status per recommendation and year: replaces that year's. */
  putRecommendationYear(y: RecommendationYear): Promise<void>;
  listRecommendationYears(): Promise<RecommendationYear[]>;
}
