import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { conflict, invalid, notFound } from '../support/errors.ts';
import type { Defendant, DefendantStageRecord, Sentence } from './criminal-case.ts';
import { applyStage, lastStageDay, type StageInput } from './defendant-stage-machine.ts';
import { loadCaseFor } from './load-case-for.ts';
import { checkEventDay } from './prosecution-dates.ts';

function checkSentence(s: Sentence | undefined): void {
  if (!s) return;
  const bad = (field: string) => invalid('The sentence is not valid.', { fields: { [field]: 'invalid' } });
  if (!Number.isInteger(s.prisonMonths) || s.prisonMonths < 0 || s.prisonMonths > 1200)
    throw bad('prisonMonths');
  for (const f of ['fine', 'compensationOrdered', 'compensationPaid'] as const)
    if (!Number.isFinite(s[f]) || s[f] < 0) throw bad(f);
  if (s.prisonMonths === 0 && s.suspended) throw bad('suspended');
}

/**
 * Records the next stage of one defendant on the day it happened (compare-and-set on the
 * defendant's version: two people recording at once get one stage, the other a 409). The day may
 * be in the past, never before the defendant's previous stage. A new sentence replaces the
 * previous one as the defendant's sentence; the old one stays in the stages.
 */
export async function recordDefendantStage(
  ctx: Ctx,
  caseId: string,
  defendantId: string,
  input: StageInput & { version: number },
): Promise<{ defendant: Defendant; stage: DefendantStageRecord }> {
  await loadCaseFor(ctx, caseId, 'record_stage');
  const d = await ctx.store.prosecution.getDefendant(defendantId);
  if (!d || d.caseId !== caseId) throw notFound('The defendant');
  checkEventDay(input.occurredOn, 'occurredOn', ctx.clock.now(), lastStageDay(d));
  checkSentence(input.sentence);
  return ctx.store.transaction(async (tx) => {
    const stages = (await tx.prosecution.listStages(caseId)).filter((s) => s.defendantId === defendantId);
    const sentences = stages.filter((s) => s.stage === 'sentence' && s.sentence);
    const patch = applyStage(d, input, sentences[0]?.sentence ?? null);
    const now = ctx.clock.now();
    const changed = await tx.prosecution.updateDefendant(defendantId, input.version, {
      ...patch,
      version: input.version + 1,
      updatedAt: now,
    });
    if (changed === 0) throw conflict('The defendant was changed meanwhile. Reload the case and try again.');
    const stage: DefendantStageRecord = {
      id: ctx.newId(),
      defendantId,
      stage: input.stage,
      occurredOn: input.occurredOn,
      verdict: input.stage === 'verdict' ? (input.verdict ?? null) : null,
      closeReason: input.stage === 'verdict' ? (patch.closeReason ?? null) : null,
      sentence: input.stage === 'sentence' ? (input.sentence ?? null) : null,
      replacesStageId: input.stage === 'sentence' ? (sentences.at(-1)?.id ?? null) : null,
      recordedBy: ctx.actor.userId,
      recordedAt: now,
    };
    await tx.prosecution.addStage(stage);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.stage_recorded',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { defendantId, stage: input.stage, occurredOn: input.occurredOn, verdict: stage.verdict },
    });
    return { defendant: { ...d, ...patch, version: input.version + 1, updatedAt: now }, stage };
  });
}
