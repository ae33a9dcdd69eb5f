import { randomUUID } from 'node:crypto';
import {
  type ActionPlan,
  type Alert,
  type AwarenessActivity,
  awarenessAudiences,
  awarenessChannels,
  defaultPreventionPlaces,
  type HotlineContact,
  hotlineOutcomes,
  hotlineTopics,
  type OfficialTraining,
  type Organisation,
  type OversightActivity,
  oversightKinds,
  type PlanActivity,
  type PlanIndicator,
  type Recommendation,
  type RecommendationYear,
  recommendationSources,
  recommendationStatuses,
  type Store,
  trainedBodyTypes,
  trainingTopics,
} from '@opennrm/core';
import { createRandom, type ScenarioRecord } from './statistics-scenario.ts';

/** The prevention records of a scenario, as written, for a count by hand. */
export interface PreventionScenario {
  awareness: AwarenessActivity[];
  trainings: OfficialTraining[];
  oversight: OversightActivity[];
  hotline: HotlineContact[];
  alerts: Alert[];
  plans: ActionPlan[];
  activities: PlanActivity[];
  indicators: PlanIndicator[];
  recommendations: Recommendation[];
  recommendationYears: RecommendationYear[];
}

const dayMs = 86_400_000;

/**
 * Random but reproducible prevention records over 2013-2015, written through the stores:
 * places repeat (so distinct places are fewer than activities), diplomats are never trained
 * although the plan names them, some hotline contacts lead to persons of the scenario directly
 * or through an alert.
 */
export async function seedPrevention(
  store: Store,
  persons: readonly ScenarioRecord[],
  organisations: readonly Organisation[],
  seed: number,
): Promise<PreventionScenario> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const dayIn = () =>
    new Date(Date.UTC(2013, 0, 1) + Math.floor(random() * 3 * 365) * dayMs).toISOString().slice(0, 10);
  const createdAt = new Date('2026-01-10T10:00:00Z');
  const common = () => ({
    id: randomUUID(),
    organisationId: pick(organisations).id,
    createdBy: randomUUID(),
    createdAt,
  });
  const places = defaultPreventionPlaces.slice(0, 12);
  const s: PreventionScenario = {
    awareness: [],
    trainings: [],
    oversight: [],
    hotline: [],
    alerts: [],
    plans: [],
    activities: [],
    indicators: [],
    recommendations: [],
    recommendationYears: [],
  };
  for (let i = 0; i < 70; i++) {
    const place = pick(places);
    const a: AwarenessActivity = {
      ...common(),
      heldOn: dayIn(),
      title: `Activity ${i}`,
      placeCode: place.code,
      region: place.region,
      audience: pick(awarenessAudiences),
      language: 'az',
      channel: pick(awarenessChannels),
      materials: ['posters'],
      reach: random() < 0.2 ? null : Math.floor(random() * 500),
      organiser: 'ATD',
    };
    s.awareness.push(a);
    await store.prevention.addAwareness(a);
  }
  const bodies = trainedBodyTypes.filter((b) => b !== 'diplomats');
  for (let i = 0; i < 20; i++) {
    const startedOn = dayIn();
    const chosen = [...new Set([pick(bodies), pick(bodies)])];
    const t: OfficialTraining = {
      ...common(),
      startedOn,
      endedOn: startedOn,
      title: `Training ${i}`,
      topic: pick(trainingTopics),
      organiser: 'IOM',
      placeCode: null,
      // A zero row is kept: it is no participation.
      participants: chosen.map((bodyType, j) => ({
        bodyType,
        participants: j === 1 && i % 5 === 0 ? 0 : 1 + Math.floor(random() * 30),
      })),
    };
    s.trainings.push(t);
    await store.prevention.addTraining(t);
  }
  for (let i = 0; i < 12; i++) {
    const o: OversightActivity = {
      ...common(),
      kind: pick(oversightKinds),
      heldOn: dayIn(),
      subject: `Agency ${i}`,
      placeCode: null,
      inspections: Math.floor(random() * 3),
      violationsFound: Math.floor(random() * 3),
      employersSanctioned: Math.floor(random() * 2),
      licencesRevoked: 0,
    };
    s.oversight.push(o);
    await store.prevention.addOversight(o);
  }
  const hotlineBody = organisations[0]!;
  for (let i = 0; i < 8; i++) {
    const alert: Alert = {
      id: randomUUID(),
      fromOrganisationId: hotlineBody.id,
      toOrganisationId: organisations[1]!.id,
      subject: 'workplace',
      title: `Alert ${i}`,
      detailsSealed: 'sealed',
      status: 'open',
      personIds: i % 2 === 0 ? [pick(persons).person.id] : [],
      createdBy: randomUUID(),
      createdAt,
      updatedAt: createdAt,
    };
    s.alerts.push(alert);
    await store.alerts.create(alert);
  }
  for (let i = 0; i < 60; i++) {
    const contactedOn = dayIn();
    const link = random();
    const h: HotlineContact = {
      ...common(),
      organisationId: hotlineBody.id,
      contactedAt: new Date(`${contactedOn}T08:00:00Z`),
      contactedOn,
      channel: 'phone',
      language: 'az',
      callerType: 'anonymous',
      topic: pick(hotlineTopics),
      outcome: pick(hotlineOutcomes),
      referredToOrganisationId: null,
      alertId: link < 0.25 ? pick(s.alerts).id : null,
      personId: link > 0.6 ? pick(persons).person.id : null,
      callerIdentitySealed: null,
      notesSealed: null,
    };
    s.hotline.push(h);
    await store.prevention.addHotlineContact(h);
  }
  await seedPlan(store, s, organisations, random);
  return s;
}

async function seedPlan(
  store: Store,
  s: PreventionScenario,
  organisations: readonly Organisation[],
  random: () => number,
): Promise<void> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const createdAt = new Date('2026-01-10T10:00:00Z');
  const plan: ActionPlan = {
    id: randomUUID(),
    title: 'NAP',
    startYear: 2014,
    endYear: 2018,
    adoptedOn: '2014-07-24',
    createdAt,
  };
  s.plans.push(plan);
  await store.actionPlans.addPlan(plan);
  const objective = { id: randomUUID(), planId: plan.id, code: '1', title: 'Prevention' };
  await store.actionPlans.addObjective(objective);
  for (let i = 0; i < 16; i++) {
    const deadline = new Date(Date.UTC(2013, 0, 1) + Math.floor(random() * 3 * 365) * dayMs)
      .toISOString()
      .slice(0, 10);
    const done = random();
    const a: PlanActivity = {
      id: randomUUID(),
      planId: plan.id,
      objectiveId: objective.id,
      code: `1.${i}`,
      title: `Activity ${i}`,
      responsibleOrganisationId: pick(organisations).id,
      partnerOrganisationIds: [],
      deadline,
      budgetAmount: null,
      budgetCurrency: null,
      completedOn:
        done < 0.3
          ? null
          : new Date(Date.parse(deadline) + Math.floor((random() - 0.5) * 200) * dayMs)
              .toISOString()
              .slice(0, 10),
      trainingBodyTypes: i === 0 ? ['diplomats', 'police'] : i === 1 ? ['judges'] : [],
    };
    s.activities.push(a);
    await store.actionPlans.addActivity(a);
  }
  for (let i = 0; i < 8; i++) {
    const indicator: PlanIndicator = {
      id: randomUUID(),
      planId: plan.id,
      activityId: i % 2 === 0 ? pick(s.activities).id : null,
      name: `Indicator ${i}`,
      unit: 'count',
      source:
        i === 7
          ? { kind: 'computed', tableKey: 'victims_identified.sex_age', row: 'total' }
          : { kind: 'entered', note: '' },
      baseline: null,
      baselineYear: null,
      direction: i % 3 === 0 ? 'at_most' : 'at_least',
      targets: { '2013': 10, '2014': 12, '2015': 14 },
      values: {},
    };
    s.indicators.push(indicator);
    await store.actionPlans.addIndicator(indicator);
    for (const year of [2013, 2014]) {
      if (random() < 0.3 || indicator.source.kind === 'computed') continue;
      const value = Math.floor(random() * 25);
      indicator.values[String(year)] = value;
      await store.actionPlans.setIndicatorValue(indicator.id, year, value);
    }
  }
  for (let i = 0; i < 10; i++) {
    const r: Recommendation = {
      id: randomUUID(),
      source: pick(recommendationSources),
      sourceYear: 2013,
      sourceReference: 'TIP 2013',
      number: i + 1,
      text: `Recommendation ${i + 1}`,
      responsibleOrganisationIds: [pick(organisations).id],
      createdAt,
    };
    s.recommendations.push(r);
    await store.actionPlans.addRecommendation(r);
    for (const year of [2013, 2014]) {
      if (random() < 0.3) continue;
      const y: RecommendationYear = {
        recommendationId: r.id,
        year,
        status: pick(recommendationStatuses),
        actions: '',
        evidence: [],
        updatedBy: randomUUID(),
        updatedAt: createdAt,
      };
      s.recommendationYears.push(y);
      await store.actionPlans.putRecommendationYear(y);
    }
  }
}
