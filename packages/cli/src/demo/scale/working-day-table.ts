/**
 * addWorkingDays (core) walks day by day and formats each date to compare with the holidays;
 * at millions of deadlines that dominated generation. This table answers the same question
 * with two array reads, for the years the generator uses (its test checks it against core's).
 */
export class WorkingDayTable {
  private readonly baseDay: number;
  /** Day numbers (days since 1970-01-01) of the working days, in order. */
  private readonly workingDays: number[] = [];
  /** For each day from baseDay: index in workingDays of the first working day after it. */
  private readonly nextWorking: number[] = [];

  constructor(firstYear: number, lastYear: number, holidays: ReadonlySet<string>) {
    this.baseDay = Date.UTC(firstYear, 0, 1) / 86_400_000;
    const endDay = Date.UTC(lastYear + 1, 0, 1) / 86_400_000;
    for (let d = this.baseDay; d < endDay; d++) {
      const date = new Date(d * 86_400_000);
      const weekday = date.getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10)))
        this.workingDays.push(d);
    }
    let next = 0;
    for (let d = this.baseDay; d < endDay; d++) {
      while (next < this.workingDays.length && (this.workingDays[next] as number) <= d) next++;
      this.nextWorking.push(next);
    }
  }

  /** Same result as core's addWorkingDays(start, days, holidays) within the table's years. */
  add(start: Date, days: number): Date {
    if (days <= 0) return new Date(start.getTime());
    const ms = start.getTime();
    const day = Math.floor(ms / 86_400_000);
    const target = this.workingDays[(this.nextWorking[day - this.baseDay] ?? Number.NaN) + days - 1];
    if (target === undefined)
      throw new Error(`Working days: ${start.toISOString()} + ${days} is outside the table.`);
    return new Date(ms + (target - day) * 86_400_000);
  }
}
