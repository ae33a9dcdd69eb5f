import type { Allocation, BudgetLine, Disbursement, FundingStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { toCamel, toSnake } from './protection-rows.ts';

/** Budget lines, allocations and disbursements (migration 14). */
export function createFundingStore(db: Kysely<Database>): FundingStore {
  return {
    async createBudgetLine(line) {
      await db
        .insertInto('funding_budget_lines')
        .values(toSnake(line) as never)
        .execute();
    },
    async getBudgetLine(id) {
      const row = await db
        .selectFrom('funding_budget_lines')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCamel<BudgetLine>(row);
    },
    async createAllocation(allocation) {
      await db
        .insertInto('funding_allocations')
        .values(toSnake(allocation) as never)
        .execute();
    },
    async getAllocation(id) {
      const row = await db
        .selectFrom('funding_allocations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCamel<Allocation>(row);
    },
    async createDisbursement(disbursement) {
      await db
        .insertInto('funding_disbursements')
        .values(toSnake(disbursement) as never)
        .execute();
    },
    async listYear(year) {
      const lines = await db
        .selectFrom('funding_budget_lines')
        .selectAll()
        .where('year', '=', year)
        .orderBy('name')
        .execute();
      const ids = lines.map((l) => l.id);
      const allocations = ids.length
        ? await db
            .selectFrom('funding_allocations')
            .selectAll()
            .where('budget_line_id', 'in', ids)
            .orderBy('allocated_on')
            .execute()
        : [];
      const allocationIds = allocations.map((a) => a.id);
      const disbursements = allocationIds.length
        ? await db
            .selectFrom('funding_disbursements')
            .selectAll()
            .where('allocation_id', 'in', allocationIds)
            .orderBy('disbursed_on')
            .execute()
        : [];
      return {
        lines: lines.map((r) => toCamel<BudgetLine>(r)),
        allocations: allocations.map((r) => toCamel<Allocation>(r)),
        disbursements: disbursements.map((r) => toCamel<Disbursement>(r)),
      };
    },
    async allocatedFrom(budgetLineId) {
      // Locks the line: a concurrent allocation from it waits and then sees this one's.
      await db
        .selectFrom('funding_budget_lines')
        .select('id')
        .where('id', '=', budgetLineId)
        .forUpdate()
        .execute();
      const row = await db
        .selectFrom('funding_allocations')
        .select(sql<number>`coalesce(sum(amount), 0)::float8`.as('total'))
        .where('budget_line_id', '=', budgetLineId)
        .executeTakeFirstOrThrow();
      return row.total;
    },
    async disbursedFrom(allocationId) {
      await db
        .selectFrom('funding_allocations')
        .select('id')
        .where('id', '=', allocationId)
        .forUpdate()
        .execute();
      const row = await db
        .selectFrom('funding_disbursements')
        .select(sql<number>`coalesce(sum(amount), 0)::float8`.as('total'))
        .where('allocation_id', '=', allocationId)
        .executeTakeFirstOrThrow();
      return row.total;
    },
  };
}
