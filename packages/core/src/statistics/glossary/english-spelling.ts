/**
 * English spelling per submission: British by default (GRETA, UNODC, the UI), US for the TIP
 * report. Text is written British and turned American word by word, so one set of templates
 * and labels serves both.
 */
export type EnglishSpelling = 'british' | 'american';

export const englishSpellings = ['british', 'american'] as const satisfies readonly EnglishSpelling[];

// Stems, so "organisation", "organisations", "organised" all follow; case of the first letter kept.
const pairs: readonly [string, string][] = [
  ['organis', 'organiz'],
  ['labour', 'labor'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['offence', 'offense'],
  ['defence', 'defense'],
  ['recognis', 'recogniz'],
  ['authoris', 'authoriz'],
  ['criminalis', 'criminaliz'],
  ['prioritis', 'prioritiz'],
  ['categoris', 'categoriz'],
  ['summaris', 'summariz'],
  ['characteris', 'characteriz'],
  ['minimis', 'minimiz'],
  ['behaviour', 'behavior'],
  ['favour', 'favor'],
  ['neighbour', 'neighbor'],
  ['judgement', 'judgment'],
  ['travelled', 'traveled'],
  ['cancelled', 'canceled'],
  ['licence', 'license'],
];

// An "-is" stem turns only before a, e, i (organisation, organised, organising), not "organism".
const expanded = pairs.flatMap(([british, us]): [string, string][] =>
  british.endsWith('is') ? ['a', 'e', 'i'].map((v) => [british + v, us + v]) : [[british, us]],
);
const pattern = new RegExp(`\\b(${expanded.map(([british]) => british).join('|')})`, 'gi');
const american = new Map(expanded);

/** The text in the given spelling (British text unchanged for 'british'). */
export function spellEnglish(text: string, spelling: EnglishSpelling): string {
  if (spelling === 'british') return text;
  return text.replace(pattern, (word) => {
    const us = american.get(word.toLowerCase())!;
    return word[0] === word[0]!.toUpperCase() ? us.charAt(0).toUpperCase() + us.slice(1) : us;
  });
}

/** Every string inside a value (labels objects), spelled; other values unchanged. */
export function spellEnglishDeep<T>(value: T, spelling: EnglishSpelling): T {
  if (spelling === 'british') return value;
  if (typeof value === 'string') return spellEnglish(value, spelling) as T;
  if (Array.isArray(value)) return value.map((item) => spellEnglishDeep(item, spelling)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, spellEnglishDeep(item, spelling)]),
    ) as T;
  }
  return value;
}
