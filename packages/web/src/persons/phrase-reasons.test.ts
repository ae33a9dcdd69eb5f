import { describe, expect, it } from 'vitest';
import { phraseReasons } from './phrase-reasons.ts';

describe('phrasing stored screening reasons', () => {
  const reasons = [
    { code: 'exploitation_missing' },
    { code: 'from_the_future' },
    { code: 'unanswered_indicators', count: 2 },
  ];

  it('phrases each known reason in the reader’s language and skips unknown ones', () => {
    expect(phraseReasons(reasons, 'en')).toEqual([
      'Exploitative conditions are not positive.',
      '2 indicators are not answered; the result may change.',
    ]);
    expect(phraseReasons(reasons, 'ru')[0]).toBe('Измерение «Условия эксплуатации» не положительно.');
  });

  it('falls back to English for a language it does not know', () => {
    expect(phraseReasons([{ code: 'exploitation_missing' }], 'de')).toEqual([
      'Exploitative conditions are not positive.',
    ]);
  });
});
