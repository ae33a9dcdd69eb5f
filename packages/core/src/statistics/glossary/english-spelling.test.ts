import { describe, expect, it } from 'vitest';
import { spellEnglish } from './english-spelling.ts';

describe('spellEnglish', () => {
  it.each([
    ['non-governmental organisations alone', 'non-governmental organizations alone'],
    ['Organisation', 'Organization'],
    ['labour exploitation (forced labour)', 'labor exploitation (forced labor)'],
    ['Victim assistance centre', 'Victim assistance center'],
    ['recognised, authorised, criminalised', 'recognized, authorized, criminalized'],
  ])('%s -> %s (US)', (british, american) => {
    expect(spellEnglish(british, 'american')).toBe(american);
    expect(spellEnglish(british, 'british')).toBe(british);
  });

  it('leaves words that only look alike', () => {
    expect(spellEnglish('organism, laboured? no: laboratory', 'american')).toBe(
      'organism, labored? no: laboratory',
    );
  });
});
