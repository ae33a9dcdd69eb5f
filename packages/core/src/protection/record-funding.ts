import type { AuditAction } from '../audit/audit-actions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid, notFound } from '../support/errors.ts';
import { operatorTypeOf } from './operator-type-of.ts';
import type { Allocation, BudgetLine, Disbursement } from './protection.ts';
import { checkAmount, checkCurrency, checkEventDay } from './protection-dates.ts';
import type { FundingSource, OperatorType, ServiceType } from './protection-vocabulary.ts';

const audit = (
  ctx: Ctx,
  tx: Ctx['store'],
  action: AuditAction,
  id: string,
  details: Record<string, unknown>,
) =>
  recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
    action,
    entityType: 'funding',
    entityId: id,
    details,
  });

function stamp(ctx: Ctx) {
  return {
    recordedBy: ctx.actor.userId,
    recordedByOrganisationId: ctx.actor.organisationId,
    recordedAt: ctx.clock.now(),
  };
}

/** A budget line for victim assistance: a year, a source, an amount. */
export async function createBudgetLine(
  ctx: Ctx,
  input: { year: number; source: FundingSource; name: string; amount: number; currency: string },
): Promise<BudgetLine> {
  authorize(ctx.actor, 'funding', 'create');
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100)
    throw invalid('The year: 1990 to 2100.', { fields: { year: 'invalid' } });
  const line: BudgetLine = {
    id: ctx.newId(),
    year: input.year,
    source: input.source,
    name: input.name.trim(),
    amount: checkAmount('amount', input.amount),
    currency: checkCurrency(input.currency),
    ...stamp(ctx),
  };
  return ctx.store.transaction(async (tx) => {
    await tx.funding.createBudgetLine(line);
    await audit(ctx, tx, 'funding.budget_line_created', line.id, { year: line.year, source: line.source });
    return line;
  });
}

/**
 * Money from a budget line to an organisation, state or NGO alike (a grant to an NGO is an
 * allocation like any other). Allocations never exceed their line: checked under a lock on it.
 */
export async function allocateFunding(
  ctx: Ctx,
  budgetLineId: string,
  input: {
    recipientOrganisationId: string;
    recipientType?: OperatorType;
    amount: number;
    allocatedOn: string;
    serviceType?: ServiceType | null;
  },
): Promise<Allocation> {
  authorize(ctx.actor, 'funding', 'create');
  return ctx.store.transaction(async (tx) => {
    const line = await tx.funding.getBudgetLine(budgetLineId);
    if (!line) throw notFound('The budget line');
    const recipient = await tx.organisations.get(input.recipientOrganisationId);
    if (!recipient)
      throw invalid('Unknown organisation.', { fields: { recipientOrganisationId: 'invalid' } });
    const amount = checkAmount('amount', input.amount);
    const already = await tx.funding.allocatedFrom(line.id);
    if (Math.round((already + amount) * 100) > Math.round(line.amount * 100))
      throw invalid(`Only ${(line.amount - already).toFixed(2)} ${line.currency} remain on this line.`, {
        fields: { amount: 'exceeds_budget_line' },
      });
    const allocation: Allocation = {
      id: ctx.newId(),
      budgetLineId: line.id,
      recipientOrganisationId: recipient.id,
      recipientType: input.recipientType ?? operatorTypeOf(recipient.type),
      amount,
      currency: line.currency,
      allocatedOn: checkEventDay('allocatedOn', input.allocatedOn, ctx.clock.now()),
      serviceType: input.serviceType ?? null,
      ...stamp(ctx),
    };
    await tx.funding.createAllocation(allocation);
    await audit(ctx, tx, 'funding.allocated', allocation.id, {
      budgetLineId: line.id,
      recipient: recipient.id,
    });
    return allocation;
  });
}

/** Money actually paid out of an allocation, with what it paid for where known. */
export async function recordDisbursement(
  ctx: Ctx,
  allocationId: string,
  input: { amount: number; disbursedOn: string; serviceType?: ServiceType | null },
): Promise<Disbursement> {
  authorize(ctx.actor, 'funding', 'create');
  return ctx.store.transaction(async (tx) => {
    const allocation = await tx.funding.getAllocation(allocationId);
    if (!allocation) throw notFound('The allocation');
    const amount = checkAmount('amount', input.amount);
    const already = await tx.funding.disbursedFrom(allocation.id);
    if (Math.round((already + amount) * 100) > Math.round(allocation.amount * 100))
      throw invalid('A disbursement does not exceed what remains of its allocation.', {
        fields: { amount: 'exceeds_allocation' },
      });
    const disbursement: Disbursement = {
      id: ctx.newId(),
      allocationId,
      amount,
      disbursedOn: checkEventDay('disbursedOn', input.disbursedOn, ctx.clock.now()),
      serviceType: input.serviceType ?? allocation.serviceType,
      ...stamp(ctx),
    };
    await tx.funding.createDisbursement(disbursement);
    await audit(ctx, tx, 'funding.disbursed', disbursement.id, { allocationId });
    return disbursement;
  });
}

/** A year's funding: lines, allocations, disbursements (finance and the coordinator). */
export async function getFundingYear(ctx: Ctx, year: number) {
  authorize(ctx.actor, 'funding', 'read');
  return ctx.store.funding.listYear(year);
}
