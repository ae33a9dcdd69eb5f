import type {
  ActionPlanView,
  AwarenessActivity,
  HotlineContactView,
  OfficialTraining,
  OversightActivity,
  ProgressReport,
  RecommendationView,
} from '@opennrm/core';

/** Every prevention record without its author's user id; instants as ISO text. */
const recorded = (r: { id: string; organisationId: string; createdAt: Date }) => ({
  id: r.id,
  organisationId: r.organisationId,
  createdAt: r.createdAt.toISOString(),
});

export function presentAwareness(a: AwarenessActivity) {
  const { createdBy: _, ...rest } = a;
  return { ...rest, ...recorded(a) };
}

export function presentTraining(t: OfficialTraining) {
  const { createdBy: _, ...rest } = t;
  return { ...rest, ...recorded(t) };
}

export function presentOversight(o: OversightActivity) {
  const { createdBy: _, ...rest } = o;
  return { ...rest, ...recorded(o) };
}

/** A contact in a list: never a sealed value; whether the caller gave an identity. */
export function presentHotlineContact(view: HotlineContactView) {
  const c = view.contact;
  return {
    ...recorded(c),
    contactedAt: c.contactedAt.toISOString(),
    contactedOn: c.contactedOn,
    channel: c.channel,
    language: c.language,
    callerType: c.callerType,
    topic: c.topic,
    outcome: c.outcome,
    referredToOrganisationId: c.referredToOrganisationId,
    alertId: c.alertId,
    personId: c.personId,
    callerGiven: view.callerGiven,
  };
}

/** One contact, with what core unsealed for a reader who may see it. */
export function presentHotlineContactDetail(view: HotlineContactView) {
  return {
    ...presentHotlineContact(view),
    ...(view.callerIdentity !== undefined ? { callerIdentity: view.callerIdentity } : {}),
    ...(view.notes !== undefined ? { notes: view.notes } : {}),
  };
}

export function presentProgressReport(r: ProgressReport) {
  const { reportedBy: _, ...rest } = r;
  return { ...rest, createdAt: r.createdAt.toISOString() };
}

export function presentActionPlan(view: ActionPlanView) {
  return {
    ...view,
    plan: { ...view.plan, createdAt: view.plan.createdAt.toISOString() },
    reports: view.reports.map(presentProgressReport),
    evaluations: view.evaluations.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  };
}

export function presentRecommendation(r: RecommendationView) {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    years: r.years.map((y) => ({
      year: y.year,
      status: y.status,
      actions: y.actions,
      evidence: y.evidence,
      updatedAt: y.updatedAt.toISOString(),
    })),
  };
}
