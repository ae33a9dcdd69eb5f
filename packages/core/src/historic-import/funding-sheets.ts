import type { FundingSource, OperatorType, ServiceType } from '../protection/protection-vocabulary.ts';
import { allocateFunding, createBudgetLine } from '../protection/record-funding.ts';
import { calendarDate, code, column, integer, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

const positiveAmount = (value: string) =>
  /^\d{1,12}(\.\d{1,2})?$/.test(value) && Number(value) > 0
    ? ({ ok: true, value: Number(value) } as const)
    : ({ ok: false, message: `"${value}" is not an amount such as 314330 or 400.50.` } as const);

/** Budget lines of victim assistance of past years. */
export const budgetLinesSheet: SheetDefinition = {
  name: 'budget_lines',
  description: 'One row per budget line of victim assistance (a year, a source, an amount).',
  columns: [
    sourceIdColumn,
    column('year', integer(1990, 2100), { required: true, description: 'Budget year.', example: '2014' }),
    column('source', code('funding_sources'), {
      required: true,
      codeList: 'funding_sources',
      description: 'Where the money comes from.',
      example: 'state_budget',
    }),
    column('name', text(200), {
      required: true,
      description: 'Name of the line.',
      example: 'Victim assistance',
    }),
    column('amount', positiveAmount, {
      required: true,
      description: 'Amount of the line.',
      example: '314330',
    }),
    column('currency', text(3), { required: true, description: 'ISO 4217 currency.', example: 'AZN' }),
  ],
  references: [],
  async write(writer, v) {
    const line = await createBudgetLine(writer.actingFor(), {
      year: v.year as number,
      source: v.source as FundingSource,
      name: v.name as string,
      amount: v.amount as number,
      currency: v.currency as string,
    });
    return line.id;
  },
};

/** Allocations from those lines to organisations (a grant to an NGO is one too). */
export const allocationsSheet: SheetDefinition = {
  name: 'allocations',
  description: 'One row per allocation of a budget line to an organisation, state or NGO.',
  columns: [
    sourceIdColumn,
    column('budget_line_source_id', text(200), {
      required: true,
      description: 'source_id of the budget line.',
    }),
    column('recipient_organisation', code('organisations'), {
      required: true,
      codeList: 'organisations',
      description: 'The organisation that received it.',
    }),
    column('recipient_type', code('operator_types'), {
      codeList: 'operator_types',
      description: "State body, NGO or international organisation; empty: from the organisation's type.",
    }),
    column('amount', positiveAmount, { required: true, description: 'Amount allocated.', example: '314330' }),
    column('allocated_on', calendarDate(), {
      required: true,
      description: 'Day of allocation.',
      example: '2014-02-01',
    }),
    column('service_type', code('service_types'), {
      codeList: 'service_types',
      description: 'What it pays for, where known.',
    }),
  ],
  references: [{ column: 'budget_line_source_id', sheet: 'budget_lines' }],
  fieldColumns: {
    amount: 'amount',
    allocatedOn: 'allocated_on',
    recipientOrganisationId: 'recipient_organisation',
  },
  async write(writer, v) {
    const allocation = await allocateFunding(
      writer.actingFor(),
      writer.recordOf('budget_lines', v.budget_line_source_id as string),
      {
        recipientOrganisationId: v.recipient_organisation as string,
        ...(v.recipient_type ? { recipientType: v.recipient_type as OperatorType } : {}),
        amount: v.amount as number,
        allocatedOn: v.allocated_on as string,
        serviceType: (v.service_type as ServiceType | undefined) ?? null,
      },
    );
    return allocation.id;
  },
};
