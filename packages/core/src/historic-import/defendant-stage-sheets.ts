import type { CloseReason, DefendantStage, Verdict } from '../prosecution/prosecution-vocabulary.ts';
import type { RecordAdministrativeMeasureInput } from '../prosecution/record-administrative-measure.ts';
import { recordAdministrativeMeasure } from '../prosecution/record-administrative-measure.ts';
import { recordCompensationPayment } from '../prosecution/record-compensation-payment.ts';
import { recordDefendantStage } from '../prosecution/record-defendant-stage.ts';
import { notFound } from '../support/errors.ts';
import { calendarDate, code, column, integer, sourceIdColumn, text, yesNo } from './column-parsers.ts';
import type { RowWriter, SheetDefinition } from './sheet-definition.ts';

/** An amount of money with at most two decimals, written with a dot; zero only where allowed. */
function money(zero: boolean) {
  return (value: string) =>
    /^\d{1,12}(\.\d{1,2})?$/.test(value) && (zero || Number(value) > 0)
      ? ({ ok: true, value: Number(value) } as const)
      : ({ ok: false, message: `"${value}" is not an amount such as 5000 or 400.50.` } as const);
}

const defendantSourceIdColumn = column('defendant_source_id', text(200), {
  required: true,
  description: 'The source_id of the defendant in the defendants sheet.',
  example: 'D-2014-017-1',
});

/** The defendant a row names, with the case it belongs to and its version for compare-and-set. */
async function defendantOf(writer: RowWriter, sourceId: string) {
  const ctx = writer.actingFor();
  const d = await ctx.store.prosecution.getDefendant(writer.recordOf('defendants', sourceId));
  if (!d) throw notFound('The defendant');
  return { ctx, d };
}

/**
 * Each defendant's stages after the investigation, one row per stage in the order they happened
 * (rows are written in file order): charged, trial, verdict, sentence, appeal, final. A second
 * sentence row replaces the first, which stays in the history, as on the web.
 */
export const defendantStagesSheet: SheetDefinition = {
  name: 'defendant_stages',
  description: 'One row per stage of a defendant after the investigation, in the order they happened.',
  columns: [
    sourceIdColumn,
    defendantSourceIdColumn,
    column('stage', code('defendant_stage_codes'), {
      required: true,
      codeList: 'defendant_stage_codes',
      description: 'The stage.',
      example: 'verdict',
    }),
    column('occurred_on', calendarDate(), {
      required: true,
      description: 'The day it happened (never before the previous stage).',
      example: '2014-09-15',
    }),
    column('verdict', code('verdicts'), { codeList: 'verdicts', description: 'For a verdict: the outcome.' }),
    column('close_reason', code('close_reasons'), {
      codeList: 'close_reasons',
      description: 'For a verdict "closed": why.',
    }),
    column('prison_months', integer(0, 1200), {
      description: 'For a sentence: the prison term in months (0: none).',
      example: '96',
    }),
    column('suspended', yesNo(), { description: 'For a sentence: the prison term is suspended.' }),
    column('fine', money(true), { description: 'For a sentence: the fine, in the national currency.' }),
    column('confiscation', yesNo(), { description: 'For a sentence: assets confiscated.' }),
    column('compensation_ordered', money(true), {
      description: 'For a sentence: compensation to the victims ordered (payments: their own sheet).',
    }),
  ],
  references: [{ column: 'defendant_source_id', sheet: 'defendants' }],
  fieldColumns: {
    occurredOn: 'occurred_on',
    prisonMonths: 'prison_months',
    suspended: 'suspended',
    fine: 'fine',
    compensationOrdered: 'compensation_ordered',
  },
  async write(writer, v) {
    const { ctx, d } = await defendantOf(writer, v.defendant_source_id as string);
    const stage = v.stage as DefendantStage;
    const { stage: recorded } = await recordDefendantStage(ctx, d.caseId, d.id, {
      version: d.version,
      stage,
      occurredOn: v.occurred_on as string,
      ...(v.verdict ? { verdict: v.verdict as Verdict } : {}),
      ...(v.close_reason ? { closeReason: v.close_reason as CloseReason } : {}),
      ...(stage === 'sentence'
        ? {
            sentence: {
              prisonMonths: (v.prison_months as number | undefined) ?? 0,
              suspended: (v.suspended as boolean | undefined) ?? false,
              fine: (v.fine as number | undefined) ?? 0,
              confiscation: (v.confiscation as boolean | undefined) ?? false,
              compensationOrdered: (v.compensation_ordered as number | undefined) ?? 0,
              // What was paid is the payments sheet's, on the days paid.
              compensationPaid: 0,
            },
          }
        : {}),
    });
    return recorded.id;
  },
};

/** Dismissals, suspensions and other measures against an official defendant. */
export const administrativeMeasuresSheet: SheetDefinition = {
  name: 'administrative_measures',
  description: 'One row per administrative measure against a defendant who is a public official.',
  columns: [
    sourceIdColumn,
    defendantSourceIdColumn,
    column('measure', code('official_measures'), {
      required: true,
      codeList: 'official_measures',
      description: 'The measure.',
      example: 'dismissal',
    }),
    column('decided_on', calendarDate(), {
      required: true,
      description: 'Day decided.',
      example: '2014-05-01',
    }),
  ],
  references: [{ column: 'defendant_source_id', sheet: 'defendants' }],
  fieldColumns: { measure: 'measure', decidedOn: 'decided_on' },
  async write(writer, v) {
    const { ctx, d } = await defendantOf(writer, v.defendant_source_id as string);
    const m = await recordAdministrativeMeasure(ctx, d.caseId, d.id, {
      measure: v.measure as RecordAdministrativeMeasureInput['measure'],
      decidedOn: v.decided_on as string,
    });
    return m.id;
  },
};

/** Compensation paid to the victims under a defendant's sentence, on the days paid. */
export const compensationPaymentsSheet: SheetDefinition = {
  name: 'compensation_payments',
  description: "One row per payment of compensation to the victims under a defendant's sentence.",
  columns: [
    sourceIdColumn,
    defendantSourceIdColumn,
    column('amount', money(false), { required: true, description: 'Amount paid.', example: '2500' }),
    column('paid_on', calendarDate(), {
      required: true,
      description: 'Day paid (never before the sentence).',
      example: '2014-12-01',
    }),
  ],
  references: [{ column: 'defendant_source_id', sheet: 'defendants' }],
  fieldColumns: { amount: 'amount', paidOn: 'paid_on' },
  async write(writer, v) {
    const { ctx, d } = await defendantOf(writer, v.defendant_source_id as string);
    const { payment } = await recordCompensationPayment(ctx, d.caseId, d.id, {
      version: d.version,
      amount: v.amount as number,
      paidOn: v.paid_on as string,
    });
    return payment.id;
  },
};
