import { describe, expect, it } from 'vitest';
import { tables } from '../catalogue.ts';
import { dimensionValues } from '../dimensions.ts';
import { avoidedTerms, glossary, glossaryLabel } from '../glossary/glossary.ts';
import { type StatisticsLabels, statisticsLabels } from '../statistics-labels.ts';

/** Every label as a path -> text map, so languages can be compared key by key. */
function flatten(labels: StatisticsLabels): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, table] of Object.entries(labels.tables)) {
    out.set(`tables.${key}.title`, table.title);
    out.set(`tables.${key}.definition`, table.definition);
  }
  for (const [key, dimension] of Object.entries(labels.dimensions)) {
    out.set(`dimensions.${key}.label`, dimension.label);
    for (const [value, label] of Object.entries(dimension.values)) {
      out.set(`dimensions.${key}.values.${value}`, label);
    }
  }
  for (const [key, text] of Object.entries(labels.layout)) {
    if (typeof text === 'string') out.set(`layout.${key}`, text);
    else for (const [unit, word] of Object.entries(text)) out.set(`layout.${key}.${unit}`, word);
  }
  return out;
}

const en = flatten(statisticsLabels('en'));
const translated = { az: flatten(statisticsLabels('az')), ru: flatten(statisticsLabels('ru')) };

/** The code a label would show if it were left untranslated. */
function codeOf(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1)!;
  return ['title', 'definition', 'label'].includes(last) ? parts.at(-2)! : last;
}

// Age bands are numbers, the suppressed marker is a symbol, and a currency is its ISO code with
// its own name (manat is manat in Azerbaijani and English): the same in every language.
const properCodes =
  /^dimensions\.age_band\.values\.\d|^layout\.suppressed$|^dimensions\.money_currency\.values\./;

describe('statistics labels', () => {
  it('label every table of the catalogue and every value of every dimension in English', () => {
    expect(Object.keys(statisticsLabels('en').tables).sort()).toEqual(tables.map((t) => t.key).sort());
    for (const [key, values] of Object.entries(dimensionValues)) {
      const labelled = statisticsLabels('en').dimensions[key as keyof typeof dimensionValues];
      expect(Object.keys(labelled.values), key).toEqual([...values]);
    }
  });

  it.each(['az', 'ru'] as const)('%s has exactly the English keys', (locale) => {
    expect([...translated[locale].keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(['az', 'ru'] as const)('%s translates every label (no code or English text shows)', (locale) => {
    for (const [path, text] of translated[locale]) {
      if (properCodes.test(path)) continue;
      expect(text, path).not.toBe(codeOf(path));
      expect(text, path).not.toBe(en.get(path));
      expect(text.trim(), path).not.toBe('');
    }
  });

  it('writes Azerbaijani in Latin script with its own letters, Russian in Cyrillic', () => {
    const az = [...translated.az.values()].join(' ');
    expect(az).not.toMatch(/[\u0400-\u04FF]/);
    expect(az).not.toMatch(/[äÄ]/); // the schwa is ə, not ä
    for (const letter of ['ə', 'ğ', 'ı', 'ö', 'ş', 'ü', 'ç']) expect(az).toContain(letter);
    for (const [path, text] of translated.ru) {
      if (properCodes.test(path)) continue;
      expect(text, path).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('defines each table by its population, the date that places it in a period, and its measure', () => {
    for (const [key, { definition }] of Object.entries(statisticsLabels('en').tables)) {
      // Counts say what they count; sums and medians of a value (money, nights) say what they add up.
      expect(definition, key).toMatch(/^(Number|Median number|Sum|Median|Total) of /);
      expect(definition, key).toMatch(/in the period/);
    }
  });
});

describe('statistics labels and the glossary', () => {
  it.each(['en', 'az', 'ru'] as const)(
    '%s uses the glossary term for a person’s sex and the forms of exploitation',
    (locale) => {
      const labels = statisticsLabels(locale);
      expect(labels.dimensions.sex.label).toBe(glossaryLabel('sex', locale));
      expect(labels.dimensions.exploitation.values.sexual).toBe(glossaryLabel('sexualExploitation', locale));
      expect(labels.dimensions.exploitation.values.labour).toBe(glossaryLabel('labourExploitation', locale));
    },
  );

  it.each(['en', 'az', 'ru'] as const)('%s has none of the words an editor strikes', (locale) => {
    const flat = flatten(statisticsLabels(locale));
    for (const { locale: where, pattern, use } of avoidedTerms) {
      if (where !== locale) continue;
      for (const [path, text] of flat)
        expect(text, `${path}: use ${glossary[use][locale]}`).not.toMatch(pattern);
    }
  });

  it('spells English labels the American way for the TIP report, British by default', () => {
    const british = flatten(statisticsLabels('en'));
    const american = flatten(statisticsLabels('en', 'american'));
    expect(british.get('dimensions.exploitation.values.labour')).toBe('Labour exploitation');
    expect(american.get('dimensions.exploitation.values.labour')).toBe('Labor exploitation');
    expect(american.get('dimensions.identifying_body.values.ngo')).toBe('Non-governmental organization only');
    expect([...american.values()].join(' ')).not.toMatch(/organis|labour|centre/i);
    expect(flatten(statisticsLabels('az', 'american'))).toEqual(translated.az);
  });
});
