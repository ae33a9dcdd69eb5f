import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import type { OfficialTraining } from './prevention.ts';
import { count, oneOf, pastDay, text } from './prevention-checks.ts';
import { findPreventionPlace } from './prevention-places.ts';
import { trainedBodyTypes, trainingTopics } from './prevention-vocabulary.ts';

export interface TrainingInput {
  startedOn: string;
  endedOn?: string | undefined;
  title: string;
  topic: string;
  organiser?: string | undefined;
  placeCode?: string | null | undefined;
  participants: readonly { bodyType: string; participants: number }[];
}

/** Records a training of officials, with how many came from each body type. */
export async function recordOfficialTraining(ctx: Ctx, input: TrainingInput): Promise<OfficialTraining> {
  authorize(ctx.actor, 'prevention_activity', 'create', { organisationId: ctx.actor.organisationId });
  const startedOn = await pastDay(ctx, input.startedOn, 'startedOn');
  const endedOn = input.endedOn ? await pastDay(ctx, input.endedOn, 'endedOn') : startedOn;
  if (endedOn < startedOn)
    throw invalid('A training ends on or after the day it starts.', { fields: { endedOn: 'too_early' } });
  const seen = new Set<string>();
  const participants = input.participants.map((p, i) => {
    const bodyType = oneOf(trainedBodyTypes, p.bodyType, `participants.${i}.bodyType`);
    if (seen.has(bodyType))
      throw invalid('Give each body type once.', { fields: { [`participants.${i}.bodyType`]: 'duplicate' } });
    seen.add(bodyType);
    return { bodyType, participants: count(p.participants, `participants.${i}.participants`) };
  });
  if (participants.length === 0)
    throw invalid('Say which officials took part.', { fields: { participants: 'required' } });
  const place = input.placeCode ? await findPreventionPlace(ctx.store, input.placeCode, 'placeCode') : null;
  const organisation = await ctx.store.organisations.get(ctx.actor.organisationId);
  const training: OfficialTraining = {
    id: ctx.newId(),
    organisationId: ctx.actor.organisationId,
    startedOn,
    endedOn,
    title: text(input.title, 'title', 200),
    topic: oneOf(trainingTopics, input.topic, 'topic'),
    organiser: input.organiser?.trim() ? text(input.organiser, 'organiser', 200) : (organisation?.name ?? ''),
    placeCode: place?.code ?? null,
    participants,
    createdBy: ctx.actor.userId,
    createdAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.prevention.addTraining(training);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'prevention.training_recorded',
      entityType: 'official_training',
      entityId: training.id,
      details: { startedOn, bodies: participants.map((p) => p.bodyType) },
    });
  });
  return training;
}
