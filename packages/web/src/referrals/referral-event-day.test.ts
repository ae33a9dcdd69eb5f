import { describe, expect, it } from 'vitest';
import { earlierDay, eventDayText } from './referral-event-day.ts';

const format = { date: (iso: string) => `D(${iso.slice(0, 10)})`, dateTime: (iso: string) => `T(${iso})` };
const later = ({ on, recorded }: { on: string; recorded: string }) => `${on}, recorded ${recorded}`;

describe('eventDayText', () => {
  it('shows the moment recorded when it happened that day', () => {
    expect(eventDayText('2026-12-02', '2026-12-02T09:30:00.000Z', format, later)).toBe(
      'T(2026-12-02T09:30:00.000Z)',
    );
  });
  it('shows both days when it was recorded later', () => {
    expect(eventDayText('2014-03-12', '2026-12-02T09:30:00.000Z', format, later)).toBe(
      'D(2014-03-12), recorded D(2026-12-02)',
    );
  });
});

describe('earlierDay', () => {
  const now = new Date(2026, 11, 2, 10);
  it('is nothing for no day or today, the day otherwise', () => {
    expect(earlierDay(null, now)).toBeUndefined();
    expect(earlierDay('2026-12-02', now)).toBeUndefined();
    expect(earlierDay('2026-11-20', now)).toBe('2026-11-20');
  });
});
