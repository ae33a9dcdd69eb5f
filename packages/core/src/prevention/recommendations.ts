import type { Ctx } from '../context.ts';
import { authorize, can } from '../policy/authorize.ts';
import { invalid, notFound } from '../support/errors.ts';
import {
  type EvidenceLink,
  type Recommendation,
  type RecommendationYear,
  recommendationSources,
  recommendationStatuses,
} from './action-plan.ts';
import { checkEvidence } from './check-evidence.ts';
import { writePlanChange } from './plan-writes.ts';
import { oneOf, text } from './prevention-checks.ts';

export interface RecommendationInput {
  source: string;
  sourceYear: number;
  sourceReference: string;
  number: number;
  text: string;
  responsibleOrganisationIds?: readonly string[] | undefined;
}

/** A recommendation the country must answer (a TIP report, a GRETA round, a treaty body, its own evaluation). */
export async function addRecommendation(ctx: Ctx, input: RecommendationInput): Promise<Recommendation> {
  authorize(ctx.actor, 'recommendation', 'create');
  const responsible = [...new Set(input.responsibleOrganisationIds ?? [])];
  for (const id of responsible)
    if (!(await ctx.store.organisations.get(id)))
      throw invalid('Choose organisations of the directory.', {
        fields: { responsibleOrganisationIds: 'unknown' },
      });
  if (!Number.isInteger(input.sourceYear) || !Number.isInteger(input.number) || input.number < 1)
    throw invalid('Give the year of the source and the number of the recommendation in it.', {
      fields: { number: 'invalid' },
    });
  const reference = text(input.sourceReference, 'sourceReference', 100);
  const existing = await ctx.store.actionPlans.listRecommendations();
  if (existing.some((r) => r.sourceReference === reference && r.number === input.number))
    throw invalid('That source already has a recommendation with this number.', {
      fields: { number: 'duplicate' },
    });
  const recommendation: Recommendation = {
    id: ctx.newId(),
    source: oneOf(recommendationSources, input.source, 'source'),
    sourceYear: input.sourceYear,
    sourceReference: reference,
    number: input.number,
    text: text(input.text, 'text', 5000),
    responsibleOrganisationIds: responsible,
    createdAt: ctx.clock.now(),
  };
  await writePlanChange(
    ctx,
    { action: 'recommendation.added', entityType: 'recommendation', entityId: recommendation.id },
    (tx) => tx.actionPlans.addRecommendation(recommendation),
  );
  return recommendation;
}

/**
 * Where a recommendation stands in a year, what was done, and the evidence. The coordinator
 * sets any; a body named responsible sets those it answers for (`linked` on its organisations).
 */
export async function setRecommendationStatus(
  ctx: Ctx,
  id: string,
  input: {
    year: number;
    status: string;
    actions?: string | undefined;
    evidence?: readonly EvidenceLink[] | undefined;
  },
): Promise<RecommendationYear> {
  const recommendation = await ctx.store.actionPlans.getRecommendation(id);
  if (!recommendation) throw notFound('The recommendation');
  authorize(ctx.actor, 'recommendation', 'update', {
    sharedWithOrganisationIds: recommendation.responsibleOrganisationIds,
  });
  if (!Number.isInteger(input.year) || input.year < recommendation.sourceYear - 1)
    throw invalid('Give a year from the source on.', { fields: { year: 'invalid' } });
  const year: RecommendationYear = {
    recommendationId: id,
    year: input.year,
    status: oneOf(recommendationStatuses, input.status, 'status'),
    actions: (input.actions ?? '').trim().slice(0, 10_000),
    evidence: await checkEvidence(ctx, input.evidence ?? []),
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.clock.now(),
  };
  await writePlanChange(
    ctx,
    {
      action: 'recommendation.status_set',
      entityType: 'recommendation',
      entityId: id,
      details: { year: year.year, status: year.status },
    },
    (tx) => tx.actionPlans.putRecommendationYear(year),
  );
  return year;
}

export interface RecommendationView extends Recommendation {
  years: RecommendationYear[];
  mayUpdate: boolean;
}

/** Every recommendation with its status by year. */
export async function listRecommendations(ctx: Ctx): Promise<RecommendationView[]> {
  authorize(ctx.actor, 'recommendation', 'read');
  const [recommendations, years] = await Promise.all([
    ctx.store.actionPlans.listRecommendations(),
    ctx.store.actionPlans.listRecommendationYears(),
  ]);
  return recommendations.map((r) => ({
    ...r,
    years: years.filter((y) => y.recommendationId === r.id),
    mayUpdate: can(ctx.actor, 'recommendation', 'update', {
      sharedWithOrganisationIds: r.responsibleOrganisationIds,
    }),
  }));
}
