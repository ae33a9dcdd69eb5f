import type { Ctx } from '../context.ts';
import type { AwarenessActivity, OfficialTraining, OversightActivity } from './prevention.ts';
import { listOrganisation } from './prevention-checks.ts';

export interface PreventionListInput {
  from?: string | undefined;
  to?: string | undefined;
}

const limit = 500;

/** Awareness activities: the coordinator sees every body's, others their own body's. */
export async function listAwarenessActivities(
  ctx: Ctx,
  input: PreventionListInput = {},
): Promise<AwarenessActivity[]> {
  const organisationId = listOrganisation(ctx, 'prevention_activity');
  return ctx.store.prevention.listAwareness({ organisationId, ...input, limit });
}

export async function listOfficialTrainings(
  ctx: Ctx,
  input: PreventionListInput = {},
): Promise<OfficialTraining[]> {
  const organisationId = listOrganisation(ctx, 'prevention_activity');
  return ctx.store.prevention.listTrainings({ organisationId, ...input, limit });
}

export async function listOversightActivities(
  ctx: Ctx,
  input: PreventionListInput = {},
): Promise<OversightActivity[]> {
  const organisationId = listOrganisation(ctx, 'prevention_activity');
  return ctx.store.prevention.listOversight({ organisationId, ...input, limit });
}
