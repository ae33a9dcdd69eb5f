import { indicatorStrengths, screeningRecommendations } from '@opennrm/contracts/screening';
import {
  alertStatuses,
  alertSubjects,
  avoidedTerms,
  consentMeans,
  consentPurposes,
  decidingBodyTypes,
  exploitationForms,
  genders,
  glossary,
  glossaryLabel,
  identificationStatuses,
  isicSections,
  meansOfControl,
  recruiterRelationships,
  recruitmentMethods,
  referralSections,
  referralServices,
  referralStatuses,
  referralUrgencies,
  screeningOutcomes,
  sexExploitationTypes,
} from '@opennrm/contracts/vocabulary';
import { describe, expect, it } from 'vitest';
import { az } from './az.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';

/** Values that are the same in every language on purpose: names, acronyms, language names. */
// Words that are the same in English and a translation: names, and the month May (Azerbaijani "May").
const sameInEveryLanguage = new Set([
  'OpenNRM',
  'API',
  'English',
  'Azərbaycanca',
  'Русский',
  'Auditor',
  'May',
]);

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const english = flatten(en);
const others = { az: flatten(az), ru: flatten(ru) };

describe('interface text resources', () => {
  it('English has only non-empty strings', () => {
    for (const [key, value] of english) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  for (const [name, messages] of Object.entries(others)) {
    describe(name, () => {
      it('has exactly the English keys', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty values', () => {
        for (const [key, value] of messages) {
          expect(typeof value, key).toBe('string');
          expect((value as string).trim(), key).not.toBe('');
        }
      });

      it('is translated, not copied from English', () => {
        const copied = [...messages].filter(
          ([key, value]) => value === english.get(key) && !sameInEveryLanguage.has(value as string),
        );
        expect(copied.map(([key]) => key)).toEqual([]);
      });

      it('keeps the same {{placeholders}}', () => {
        for (const [key, value] of messages) {
          expect(placeholders(value as string), key).toEqual(placeholders(english.get(key) as string));
        }
      });
    });
  }
});

/**
 * The vocabularies come from core at run time; each value must have exactly one label (the tests
 * above then demand it in every language). A value added to core fails here, not on screen.
 */
describe('glossary', () => {
  // One word per concept and language, as in the reports (core's glossary): see
  // docs/standards/narrative-style.md.
  it('names a person’s sex and the identification decision with the glossary’s terms', () => {
    const all = { en: english, ...others };
    for (const locale of ['en', 'az', 'ru'] as const) {
      expect(all[locale].get('persons.sex'), locale).toBe(glossaryLabel('sex', locale));
    }
  });

  it.each(['az', 'ru'] as const)('%s has none of the words an editor strikes', (locale) => {
    for (const { locale: where, pattern, use } of avoidedTerms) {
      if (where !== locale) continue;
      for (const [key, value] of others[locale]) {
        expect(value as string, `${key}: use ${glossary[use][locale]}`).not.toMatch(pattern);
      }
    }
  });
});

describe('vocabulary labels', () => {
  const vocabularies: [keyof typeof en.vocabulary, readonly string[]][] = [
    ['statuses', identificationStatuses],
    ['genders', genders],
    ['forms', exploitationForms],
    ['means', meansOfControl],
    ['recruitment', recruitmentMethods],
    ['relationships', recruiterRelationships],
    ['sexTypes', sexExploitationTypes],
    ['bodies', decidingBodyTypes],
    ['outcomes', screeningOutcomes],
    ['recommendations', screeningRecommendations],
    ['strengths', indicatorStrengths],
    ['isic', isicSections],
    ['decisionOutcomes', ['identified', 'not_victim']],
  ];
  for (const [group, values] of vocabularies) {
    it(`labels every value of ${group}, and nothing else`, () => {
      expect(Object.keys(en.vocabulary[group]).sort()).toEqual([...values].sort());
    });
  }
});

describe('referral vocabulary labels', () => {
  const vocabularies: [keyof typeof en.referralVocabulary, readonly string[]][] = [
    ['statuses', referralStatuses],
    ['services', referralServices],
    ['sections', referralSections],
    ['urgencies', referralUrgencies],
    ['means', consentMeans],
    ['purposes', consentPurposes],
    ['bases', ['consent', 'child_rule', 'override', 'none']],
  ];
  for (const [group, values] of vocabularies) {
    it(`labels every value of ${group}, and nothing else`, () => {
      expect(Object.keys(en.referralVocabulary[group]).sort()).toEqual([...values].sort());
    });
  }
});

describe('alert vocabulary labels', () => {
  const vocabularies: [keyof typeof en.alertVocabulary, readonly string[]][] = [
    ['subjects', alertSubjects],
    ['statuses', alertStatuses],
  ];
  for (const [group, values] of vocabularies) {
    it(`labels every value of ${group}, and nothing else`, () => {
      expect(Object.keys(en.alertVocabulary[group]).sort()).toEqual([...values].sort());
    });
  }
});
