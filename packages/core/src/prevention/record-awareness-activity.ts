import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { AwarenessActivity } from './prevention.ts';
import { count, oneOf, pastDay, text } from './prevention-checks.ts';
import { findPreventionPlace } from './prevention-places.ts';
import {
  awarenessAudiences,
  awarenessChannels,
  awarenessMaterials,
  preventionLanguages,
} from './prevention-vocabulary.ts';

export interface AwarenessInput {
  heldOn: string;
  title: string;
  placeCode: string;
  audience: string;
  language: string;
  channel: string;
  materials?: readonly string[] | undefined;
  reach?: number | null | undefined;
  organiser?: string | undefined;
}

/** Records an awareness-raising activity the actor's body held (the day it was held, not today). */
export async function recordAwarenessActivity(ctx: Ctx, input: AwarenessInput): Promise<AwarenessActivity> {
  authorize(ctx.actor, 'prevention_activity', 'create', { organisationId: ctx.actor.organisationId });
  const activity = await awarenessFrom(ctx, input, {
    id: ctx.newId(),
    organisationId: ctx.actor.organisationId,
    createdBy: ctx.actor.userId,
    createdAt: ctx.clock.now(),
  });
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.addAwareness(activity);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'prevention.awareness_recorded',
      entityType: 'awareness_activity',
      entityId: activity.id,
      details: { heldOn: activity.heldOn, place: activity.placeCode },
    });
  });
  return activity;
}

/** The activity as the input describes it, checked; the record's identity and author as given. */
export async function awarenessFrom(
  ctx: Ctx,
  input: AwarenessInput,
  record: Pick<AwarenessActivity, 'id' | 'organisationId' | 'createdBy' | 'createdAt'>,
): Promise<AwarenessActivity> {
  const place = await findPreventionPlace(ctx.store, input.placeCode, 'placeCode');
  const organisation = await ctx.store.organisations.get(record.organisationId);
  return {
    ...record,
    heldOn: await pastDay(ctx, input.heldOn, 'heldOn'),
    title: text(input.title, 'title', 200),
    placeCode: place.code,
    region: place.region,
    audience: oneOf(awarenessAudiences, input.audience, 'audience'),
    language: oneOf(preventionLanguages, input.language, 'language'),
    channel: oneOf(awarenessChannels, input.channel, 'channel'),
    materials: [...new Set((input.materials ?? []).map((m) => oneOf(awarenessMaterials, m, 'materials')))],
    reach: input.reach === undefined || input.reach === null ? null : count(input.reach, 'reach'),
    organiser: input.organiser?.trim() ? text(input.organiser, 'organiser', 200) : (organisation?.name ?? ''),
  };
}
