import { describe, expect, it } from 'vitest';
import type { Cell } from '../api/types.ts';
import { cellText, changeOf, changeText, formatFigure } from './figure-text.ts';

const count = { kind: 'count' } as const;
const median = { kind: 'median_days', duration: 'screening_to_decision' } as const;
const shown = (value: number): Cell => ({ value, suppressed: false });

describe('figures as the report page shows them', () => {
  it('writes numbers the way each language does', () => {
    expect(formatFigure(12345, count, 'en')).toBe('12,345');
    expect(formatFigure(12345, count, 'ru')).toBe('12\u00a0345');
    expect(formatFigure(4.25, median, 'ru')).toBe('4,3');
    expect(formatFigure(4.25, median, 'en')).toBe('4.3');
  });

  it('marks hidden figures instead of printing nothing', () => {
    // One mark for every hidden figure, in every language: the mark never says a figure is small.
    for (const locale of ['en', 'az', 'ru']) {
      expect(cellText({ value: null, suppressed: true }, count, locale)).toBe('x');
    }
    expect(cellText({ value: null, suppressed: false }, median, 'en')).toBe('–');
    expect(cellText(shown(0), count, 'en')).toBe('0');
  });

  it('says which way a figure changed, and nothing when a side is hidden', () => {
    expect(changeText(changeOf(shown(12), shown(9)), count, 'en')).toBe('+3');
    expect(changeText(changeOf(shown(7), shown(9)), count, 'en')).toBe('-2');
    expect(changeText(changeOf(shown(9), shown(9)), count, 'en')).toBe('0');
    expect(changeText(changeOf({ value: null, suppressed: true }, shown(9)), count, 'en')).toBe('–');
    expect(changeText(changeOf(shown(3.5), shown(5)), median, 'en')).toBe('-1.5');
  });
});
