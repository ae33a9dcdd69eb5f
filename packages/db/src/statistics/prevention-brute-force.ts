import type { Organisation } from '@opennrm/core';
import type { PreventionScenario } from './prevention-scenario.ts';
import type { HandCounted } from './protection-brute-force.ts';
import type { ScenarioRecord } from './statistics-scenario.ts';

const none = () => ({});
const year = (on: string) => on.slice(0, 4);
const dayBefore = (on: string) =>
  new Date(Date.parse(`${on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The prevention facts counted record by record from the words of the tables' definitions
 * (prevention-labels-en.ts), apart from the SQL. Per-period facts group by calendar year: the
 * test asks for reporting years from January. `today` is the test clock's day.
 */
export function countPreventionFacts(
  s: PreventionScenario,
  records: readonly ScenarioRecord[],
  organisations: readonly Organisation[],
  today: string,
): Record<string, HandCounted[]> {
  const types = new Map(organisations.map((o) => [o.id, o.type]));
  const byPerson = new Map(records.map((r) => [r.person.id, r]));
  const identifiedBefore = (personId: string, end: string) =>
    byPerson.get(personId)!.decisions.some((d) => d.outcome === 'identified' && d.decidedOn < end);
  const referredBefore = (personId: string, end: string) =>
    byPerson.get(personId)!.referrals.some((r) => r.sentOn < end);
  const firstByPlace = new Map<string, (typeof s.awareness)[number]>();
  for (const a of [...s.awareness].sort(
    (x, y) => x.heldOn.localeCompare(y.heldOn) || +x.createdAt - +y.createdAt || x.id.localeCompare(y.id),
  )) {
    const key = `${a.placeCode}|${year(a.heldOn)}`;
    if (!firstByPlace.has(key)) firstByPlace.set(key, a);
  }
  const participation = s.trainings.flatMap((t) =>
    t.participants.filter((p) => p.participants > 0).map((p) => ({ t, p })),
  );
  const plannedBodies = new Map<string, { day: string; body: string }>();
  for (const a of s.activities) {
    const plan = s.plans.find((p) => p.id === a.planId)!;
    for (let y = plan.startYear; y <= plan.endYear; y++) {
      for (const body of a.trainingBodyTypes) plannedBodies.set(`${y}|${body}`, { day: `${y}-01-01`, body });
    }
  }
  return {
    awareness_activities: s.awareness.map((a) => ({
      day: a.heldOn,
      values: () => ({
        awareness_audience: a.audience,
        awareness_channel: a.channel,
        prevention_region: a.region,
      }),
      numbers: () => ({ reach: a.reach ?? 0 }),
    })),
    places_reached: [...firstByPlace.values()].map((a) => ({
      day: a.heldOn,
      values: () => ({ prevention_region: a.region }),
      numbers: none,
    })),
    official_trainings: s.trainings.map((t) => ({
      day: t.startedOn,
      values: () => ({ training_topic: t.topic }),
      numbers: () => ({ participants: t.participants.reduce((n, p) => n + p.participants, 0) }),
    })),
    training_participation: participation.map(({ t, p }) => ({
      day: t.startedOn,
      values: () => ({ trained_body: p.bodyType, training_topic: t.topic }),
      numbers: () => ({ participants: p.participants }),
    })),
    training_planned_bodies: [...plannedBodies.values()].map(({ day, body }) => ({
      day,
      values: () => ({
        trained_body: body,
        training_given: participation.some(
          ({ t, p }) => p.bodyType === body && year(t.startedOn) === year(day),
        )
          ? 'trained'
          : 'not_trained',
      }),
      numbers: none,
    })),
    oversight_activities: s.oversight.map((o) => ({
      day: o.heldOn,
      values: () => ({ oversight_kind: o.kind }),
      numbers: () => ({ inspections: o.inspections, employers_sanctioned: o.employersSanctioned }),
    })),
    hotline_contacts: s.hotline.map((h) => {
      const alert = s.alerts.find((a) => a.id === h.alertId);
      const persons = [...(h.personId ? [h.personId] : []), ...(alert?.personIds ?? [])];
      return {
        day: h.contactedOn,
        values: (end: string) => ({
          hotline_outcome: h.outcome,
          hotline_topic: h.topic,
          hotline_result: persons.some((p) => identifiedBefore(p, end))
            ? 'victim_identified'
            : persons.some((p) => referredBefore(p, end))
              ? 'person_referred'
              : h.personId || h.alertId
                ? 'linked_only'
                : 'no_link',
        }),
        numbers: none,
      };
    }),
    plan_activities_due: s.activities.map((a) => ({
      day: a.deadline,
      values: (end: string) => {
        const last = [dayBefore(end), today].sort()[0]!;
        const done = a.completedOn !== null && a.completedOn <= last;
        return {
          plan_activity_status: done
            ? a.completedOn! <= a.deadline
              ? 'done_on_time'
              : 'done_late'
            : a.deadline < last
              ? 'late'
              : 'not_yet_due',
          responsible_type: types.get(a.responsibleOrganisationId)!,
        };
      },
      numbers: none,
    })),
    plan_indicator_years: s.indicators.flatMap((i) =>
      Object.entries(i.targets).map(([y, target]) => {
        const value = i.values[y];
        const met = value !== undefined && (i.direction === 'at_least' ? value >= target : value <= target);
        return {
          day: `${y}-01-01`,
          values: () => ({
            indicator_status:
              i.source.kind === 'computed'
                ? 'computed'
                : value === undefined
                  ? 'no_value'
                  : met
                    ? 'on_target'
                    : 'off_target',
          }),
          numbers: none,
        };
      }),
    ),
    recommendation_years: s.recommendationYears.map((y) => ({
      day: `${y.year}-01-01`,
      values: () => ({
        recommendation_status: y.status,
        recommendation_source: s.recommendations.find((r) => r.id === y.recommendationId)!.source,
      }),
      numbers: none,
    })),
  };
}
