import { addWorkingDays } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.ts';
import { WorkingDayTable } from './working-day-table.ts';

describe('WorkingDayTable', () => {
  it('gives the same deadlines as core’s addWorkingDays, holidays and weekends included', () => {
    const holidays = new Set(['2020-01-01', '2020-03-20', '2020-03-23', '2024-12-31', '2025-01-01']);
    const table = new WorkingDayTable(2019, 2026, holidays);
    const random = new SeededRandom(1);
    for (let i = 0; i < 5000; i++) {
      const start = new Date(
        Date.UTC(2019, 0, 1) + random.next() * (Date.UTC(2026, 0, 1) - Date.UTC(2019, 0, 1)),
      );
      const days = random.int(0, 40);
      expect(table.add(start, days).toISOString()).toBe(addWorkingDays(start, days, holidays).toISOString());
    }
  });

  it('refuses a date outside its years instead of guessing', () => {
    expect(() =>
      new WorkingDayTable(2020, 2020, new Set()).add(new Date('2020-12-30T10:00:00Z'), 10),
    ).toThrow(/outside the table/);
  });
});
