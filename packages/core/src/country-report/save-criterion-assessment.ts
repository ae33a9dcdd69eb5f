import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { conflict, invalid } from '../support/errors.ts';
import type { Trend } from './assessment/assessment-evidence.ts';
import { minimumStandards } from './assessment/minimum-standards.ts';
import type { CriterionAssessment } from './country-report-ports.ts';

export interface CriterionAssessmentInput {
  year: number;
  criterion: string;
  verdict: Trend;
  notes: string;
  /** The version the coordinator read (0: none yet). */
  version: number;
}

/**
 * The coordinator's verdict and notes on one criterion, kept beside the system's (which it never
 * replaces). Compare-and-set on the version; audited with the verdict (the notes are words
 * about the country, not about a person, and go into the event).
 */
export async function saveCriterionAssessment(
  ctx: Ctx,
  input: CriterionAssessmentInput,
): Promise<CriterionAssessment> {
  authorize(ctx.actor, 'country_report', 'update');
  if (!minimumStandards.some((c) => c.key === input.criterion)) {
    throw invalid('Unknown criterion.', { fields: { criterion: 'invalid' } });
  }
  const saved: CriterionAssessment = {
    year: input.year,
    criterion: input.criterion,
    verdict: input.verdict,
    notes: input.notes.trim(),
    version: input.version + 1,
    assessedBy: ctx.actor.userId,
    assessedAt: ctx.clock.now(),
  };
  return ctx.store.transaction(async (tx) => {
    if (!(await tx.countryReports.putAssessment(saved, input.version))) {
      throw conflict('Someone saved this criterion in the meantime; reload to see their assessment.');
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'country_report.criterion_assessed',
      entityType: 'country_report',
      entityId: `${input.year}:${input.criterion}`,
      details: {
        year: input.year,
        criterion: input.criterion,
        verdict: input.verdict,
        notes: saved.notes,
        version: saved.version,
      },
    });
    return saved;
  });
}
