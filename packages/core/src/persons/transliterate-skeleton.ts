/**
 * Last stage of `transliterate`: rules over the intermediate alphabet (see
 * transliterate-letters.ts) that erase the differences between spellings of one name, then the
 * class placeholders are spelled out. Each rule says which real spellings it reconciles.
 *
 * The rules are applied again until nothing changes, so the skeleton of a skeleton is itself:
 * the duplicate key of a stored record does not depend on how often it was normalised.
 */

const consonant = '[b-df-hj-np-tv-zSCJG]';

const rules: ReadonlyArray<readonly [RegExp, string]> = [
  // "dzh", "dj" and "дж" all end as d + J (Джафаров / Djafarov / Jafarov); "tch" as t + C
  // (Tchelebi / Chelebi).
  [/d(?=J)/g, ''],
  [/t(?=C)/g, ''],
  // Double letters: Azerbaijani doubles consonants that Russian spellings often write single
  // (Məmmədova / Мамедова, Məhərrəmov / Магеррамов), and passports double i in -iia, -iy.
  [/(.)\1+/gu, '$1'],
  // Initial ye is the Russian initial е (Yelena / Елена / Elena, Yeganə / Егана).
  [/^ie/, 'e'],
  // A y between a vowel and e is the Russian е after a vowel: Rzayev / Рзаев / RZAEV (a Russian
  // passport writes е as e), Aliyev / Алиев after the double i is gone.
  [/([aeiou])i(?=e)/g, '$1'],
  // Russian ю and ё after a consonant write the Azerbaijani ü and ö (Günel / Гюнель / Gyunel,
  // Gözəl / Гёзаль) and the soft Russian l (Lyudmila / Liudmila / Ludmila).
  [new RegExp(`(${consonant})i(?=[uo])`, 'g'), '$1'],
  // ə is written a or e, in no fixed pattern, by Russian and English spellings: Məmmədov is
  // Mamedov and Mammadov, Aytən is Айтен and Aytan. So a and e merge, except as the first
  // letter, where Azerbaijani keeps them apart in Russian too (Emin / Amin, Elmira / Almira;
  // initial ə is always А: Əliyev / Алиев / Aliyev).
  [/(?<!^)e/g, 'a'],
  [/(.)\1+/gu, '$1'],
  // A final -lə is written -ля in Russian (Cəmilə / Джамиля, Nailə / Наиля), which also
  // reconciles Natalya / Natalia / Наталья / Natalie.
  [/lia$/, 'la'],
];

const placeholders: Readonly<Record<string, string>> = { S: 'sh', C: 'ch', J: 'j', G: 'g' };

/** Applies the rules to a fixed point and spells the class placeholders as sh, ch, j and g. */
export function transliterateSkeleton(intermediate: string): string {
  let current = intermediate;
  for (let round = 0; round < 8; round++) {
    let next = current;
    for (const [pattern, replacement] of rules) next = next.replace(pattern, replacement);
    if (next === current) break;
    current = next;
  }
  return current.replace(/[SCJG]/g, (p) => placeholders[p] ?? p);
}
