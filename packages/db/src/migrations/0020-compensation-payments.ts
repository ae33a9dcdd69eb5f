import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Compensation paid to victims under a defendant's sentence (core/src/prosecution), one row per
 * payment on the day it was paid: the figures count money paid in a period by that indexed day,
 * however long after the sentence it came.
 */
const statements: string[] = [
  `create table compensation_payments (
    id uuid primary key,
    defendant_id uuid not null references case_defendants(id),
    amount numeric(16, 2) not null check (amount > 0),
    paid_on date not null,
    recorded_by uuid not null references users(id),
    recorded_at timestamptz not null
  )`,
  'create index compensation_payments_defendant on compensation_payments (defendant_id)',
  'create index compensation_payments_paid_on on compensation_payments (paid_on)',
];

export const compensationPayments: Migration = {
  version: 20,
  name: 'compensation-payments',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
