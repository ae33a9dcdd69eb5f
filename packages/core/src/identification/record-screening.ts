import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { listStatusOf } from '../screening/provenance.ts';
import type { ScreeningAnswer as Answer } from '../screening/read-screening-answers.ts';
import { scoreScreening } from '../screening/score-screening.ts';
import { invalid, notFound } from '../support/errors.ts';
import { readIdentificationSettings } from './identification-settings.ts';
import type { ScreeningOutcome } from './identification-vocabulary.ts';
import type { Screening } from './person.ts';
import { loadPersonFor } from './person-access.ts';
import { addWorkingDays } from './working-days.ts';

export interface ScreeningInput {
  listKey: string;
  /** Omitted: the latest version. The stored screening always names the exact version. */
  listVersion?: number;
  population: 'adult' | 'child';
  answers: Answer[];
  outcome: ScreeningOutcome;
  outcomeReason?: string | null;
  /** When the interview took place (defaults to now); never in the future. */
  screenedAt?: Date;
}

/** What the screener's outcome agrees with, for each recommendation. */
const agreeing: Record<string, ScreeningOutcome[]> = {
  presumed_victim: ['presumed_victim'],
  not_presumed: ['not_presumed', 'inconclusive'],
  not_applicable: ['presumed_victim', 'not_presumed', 'inconclusive'],
};

/**
 * Records a screening: the server scores it again with the exact list version (the browser's
 * score is never trusted), stores answers, recommendation and reasons, and the screener's
 * outcome with a reason when it differs. The first positive screening starts the clock for the
 * first formal decision (configurable working days).
 */
export async function recordScreening(ctx: Ctx, personId: string, input: ScreeningInput): Promise<Screening> {
  const now = ctx.clock.now();
  const screenedAt = input.screenedAt ?? now;
  if (screenedAt.getTime() > now.getTime() + 60_000)
    throw invalid('The screening date is in the future.', { fields: { screenedAt: 'future' } });
  return ctx.store.transaction(async (tx) => {
    const { person } = await loadPersonFor(ctx, personId, 'contribute', tx);
    const list = await tx.indicatorLists.get(input.listKey, input.listVersion);
    if (!list)
      throw notFound(
        `The indicator list ${input.listKey}${input.listVersion ? ` v${input.listVersion}` : ''}`,
      );
    const score = scoreScreening(list, input.answers, input.population);
    const reason = input.outcomeReason?.trim() || null;
    if (!agreeing[score.recommendation]?.includes(input.outcome) && !reason) {
      throw invalid('Your outcome differs from the recommendation: say why.', {
        fields: { outcomeReason: 'required' },
      });
    }
    const screening: Screening = {
      id: ctx.newId(),
      personId,
      organisationId: ctx.actor.organisationId,
      screenerUserId: ctx.actor.userId,
      listKey: list.key,
      listVersion: list.version,
      listStatus: listStatusOf(list),
      population: input.population,
      answers: input.answers,
      result: { recommendation: score.recommendation, reasons: score.reasons, dimensions: score.dimensions },
      outcome: input.outcome,
      outcomeReason: reason,
      screenedAt,
      recordedAt: now,
    };
    await tx.screenings.create(screening);
    if (input.outcome === 'presumed_victim' && person.decisionDueAt === null && !person.stateDecided) {
      const settings = await readIdentificationSettings(tx);
      const due = addWorkingDays(screenedAt, settings.firstDecisionWorkingDays, new Set(settings.holidays));
      await tx.persons.update(personId, {
        firstScreenedAt: person.firstScreenedAt ?? screenedAt,
        decisionDueAt: due,
        updatedAt: now,
      });
    } else if (!person.firstScreenedAt) {
      await tx.persons.update(personId, { firstScreenedAt: screenedAt, updatedAt: now });
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'screening.recorded',
      entityType: 'person',
      entityId: personId,
      details: {
        screeningId: screening.id,
        list: `${list.key}@${list.version}`,
        listStatus: listStatusOf(list),
        recommendation: score.recommendation,
        outcome: input.outcome,
      },
    });
    return screening;
  });
}
