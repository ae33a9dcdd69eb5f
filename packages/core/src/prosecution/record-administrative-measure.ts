import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { invalid, notFound } from '../support/errors.ts';
import type { AdministrativeMeasureRecord } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';
import { checkEventDay } from './prosecution-dates.ts';
import type { AdministrativeMeasure } from './prosecution-vocabulary.ts';

export interface RecordAdministrativeMeasureInput {
  measure: AdministrativeMeasure;
  decidedOn: string;
}

/** Records a dismissal, suspension or other administrative measure against an official defendant. */
export async function recordAdministrativeMeasure(
  ctx: Ctx,
  caseId: string,
  defendantId: string,
  input: RecordAdministrativeMeasureInput,
): Promise<AdministrativeMeasureRecord> {
  await loadCaseFor(ctx, caseId, 'record_stage');
  const d = await ctx.store.prosecution.getDefendant(defendantId);
  if (!d || d.caseId !== caseId) throw notFound('The defendant');
  if (!d.publicOfficial)
    throw invalid('Administrative measures are for public officials.', {
      fields: { measure: 'not_official' },
    });
  checkEventDay(input.decidedOn, 'decidedOn', ctx.clock.now());
  const m: AdministrativeMeasureRecord = {
    id: ctx.newId(),
    defendantId,
    measure: input.measure,
    decidedOn: input.decidedOn,
    recordedBy: ctx.actor.userId,
    recordedAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.prosecution.addMeasure(m);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.measure_recorded',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { defendantId, measure: m.measure, decidedOn: m.decidedOn },
    });
  });
  return m;
}
