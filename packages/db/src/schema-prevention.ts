import type { EvidenceLink, PlanIndicator } from '@opennrm/core';
import type { ColumnType } from 'kysely';

/** numeric comes back as text from both backends; we write numbers. */
type Numeric = ColumnType<string | null, number | null, number | null>;

/** Tables of migration 0016 (prevention and coordination). */
export interface PreventionTables {
  awareness_activities: {
    id: string;
    organisation_id: string;
    held_on: string;
    title: string;
    place_code: string;
    region: string;
    audience: string;
    language: string;
    channel: string;
    materials: string[];
    reach: number | null;
    organiser: string;
    created_by: string;
    created_at: Date;
  };
  official_trainings: {
    id: string;
    organisation_id: string;
    started_on: string;
    ended_on: string;
    title: string;
    topic: string;
    organiser: string;
    place_code: string | null;
    created_by: string;
    created_at: Date;
  };
  official_training_participants: { training_id: string; body_type: string; participants: number };
  oversight_activities: {
    id: string;
    organisation_id: string;
    kind: string;
    held_on: string;
    subject: string;
    place_code: string | null;
    inspections: number;
    violations_found: number;
    employers_sanctioned: number;
    licences_revoked: number;
    created_by: string;
    created_at: Date;
  };
  hotline_contacts: {
    id: string;
    organisation_id: string;
    contacted_at: Date;
    contacted_on: string;
    channel: string;
    language: string;
    caller_type: string;
    topic: string;
    outcome: string;
    referred_to_organisation_id: string | null;
    alert_id: string | null;
    person_id: string | null;
    caller_identity_sealed: string | null;
    notes_sealed: string | null;
    created_by: string;
    created_at: Date;
  };
  action_plans: {
    id: string;
    title: string;
    start_year: number;
    end_year: number;
    adopted_on: string | null;
    created_at: Date;
  };
  plan_objectives: { id: string; plan_id: string; code: string; title: string };
  plan_activities: {
    id: string;
    plan_id: string;
    objective_id: string;
    code: string;
    title: string;
    responsible_organisation_id: string;
    partner_organisation_ids: string[];
    deadline: string;
    budget_amount: Numeric;
    budget_currency: string | null;
    completed_on: string | null;
    training_body_types: string[];
  };
  plan_indicators: {
    id: string;
    plan_id: string;
    activity_id: string | null;
    name: string;
    unit: string;
    source: ColumnType<PlanIndicator['source'], string, string>;
    baseline: Numeric;
    baseline_year: number | null;
    direction: string;
    targets: ColumnType<Record<string, number>, string, string>;
    values: ColumnType<Record<string, number>, string, string>;
  };
  plan_progress_reports: {
    id: string;
    activity_id: string;
    year: number;
    status: string;
    narrative: string;
    evidence: ColumnType<EvidenceLink[], string, string>;
    organisation_id: string;
    reported_by: string;
    reported_on: string;
    created_at: Date;
  };
  plan_evaluations: {
    id: string;
    plan_id: string;
    kind: string;
    evaluator: string;
    completed_on: string;
    findings: string;
    created_at: Date;
  };
  recommendations: {
    id: string;
    source: string;
    source_year: number;
    source_reference: string;
    number: number;
    text: string;
    responsible_organisation_ids: string[];
    created_at: Date;
  };
  recommendation_years: {
    recommendation_id: string;
    year: number;
    status: string;
    actions: string;
    evidence: ColumnType<EvidenceLink[], string, string>;
    updated_by: string;
    updated_at: Date;
  };
}
