import { describe, expect, it } from 'vitest';
import { dimensionRoleTitles } from './dimension-role-titles.ts';
import type { LocalizedText } from './indicator-list.ts';
import { screeningGlossary } from './screening-glossary.ts';
import { shippedIndicatorLists } from './shipped-indicator-lists.ts';

/** Every label and dimension title of every shipped list, with where it comes from. */
const texts: [string, LocalizedText][] = [
  ...shippedIndicatorLists.flatMap((list) => [
    ...list.dimensions.map((d): [string, LocalizedText] => [`${list.key} ${d.key}`, d.title]),
    ...list.indicators.map((i): [string, LocalizedText] => [`${list.key} ${i.key}`, i.label]),
  ]),
  ...Object.entries(dimensionRoleTitles),
];

const lower = (text: string, locale: 'en' | 'az' | 'ru') => text.toLocaleLowerCase(locale);

describe('wording of the shipped lists', () => {
  it('translates the same English text the same way in every list', () => {
    const seen = new Map<string, { az: string; ru: string; where: string }>();
    for (const [where, text] of texts) {
      const first = seen.get(text.en);
      if (!first) seen.set(text.en, { az: text.az, ru: text.ru, where });
      else
        expect({ az: text.az, ru: text.ru }, `${where} vs ${first.where}`).toEqual({
          az: first.az,
          ru: first.ru,
        });
    }
  });

  it('uses one term per concept in each language (the glossary)', () => {
    for (const [where, text] of texts) {
      for (const term of screeningGlossary) {
        if (!lower(text.en, 'en').includes(term.en)) continue;
        expect(lower(text.az, 'az'), `${where}: "${term.en}" in az`).toContain(term.az);
        expect(lower(text.ru, 'ru'), `${where}: "${term.en}" in ru`).toContain(term.ru);
      }
    }
  });

  it('says "family situation" in words that do not mean marital status', () => {
    for (const [where, text] of texts) {
      expect(text.az, where).not.toMatch(/ailə vəziyyət/i);
      expect(text.ru, where).not.toMatch(/семейное положение/i);
    }
  });

  it('does not say "recruitment into work" in Azerbaijani, nor "использование" for abuse in Russian', () => {
    for (const [where, text] of texts) {
      expect(text.az, where).not.toMatch(/işə cəlb/i);
      expect(text.ru, where).not.toMatch(/использовани/i);
    }
  });
});
