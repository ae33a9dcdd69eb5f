/**
 * First stage of `transliterate`: single letters that carry their own sound in the region's
 * alphabets become letters of the intermediate alphabet. It runs before diacritics are stripped
 * because NFKD would turn ş into s, ç into c and й into и, losing the sound.
 *
 * Intermediate alphabet: lowercase ASCII plus four upper-case class placeholders, so a later
 * rule never mistakes a class for an ordinary Latin letter that still has to be read:
 *   S  the "sh" sound: ş, š, ш (Rəşad / Рашад / Rashad)
 *   C  the "ch" sound: ç, č, ч (Elçin / Эльчин / Elchin)
 *   J  the "j" and "zh" sounds: Azerbaijani c and j, ž, ж, ҹ, ҷ (Cəfərov / Джафаров / Jafarov;
 *      Uzbek Jasur is written Жасур). Merging /dʒ/ and /ʒ/ costs little (Zhanna = Janna) and
 *      removes the doubt over what a Latin j means.
 *   G  g, q, ğ, h, x and their Cyrillic letters г, ғ, ҝ, һ, х, ҳ, ґ. Azerbaijani h and q are
 *      written г in Russian (Hüseynova / Гусейнова, Quliyev / Гулиев) and Azerbaijani x is х
 *      (Xəlilov / Халилов), so all of them must meet in one class.
 * Vowels: ə and ä become a (Məmmədov / Mammadov); ı, ы, й, ј become i (Qasımov / Гасымов);
 * ö, ө become o; ü, ү, ұ, ў become u. Iotated Cyrillic vowels keep their i so that я, ю, ё
 * match the Latin ya/ia, yu/iu, yo (Yana / Яна). Cyrillic е is plain e, as Russian passports
 * write it (Алиев → ALIEV); the y that Latin spellings add (Aliyev) is removed later.
 */
const letters: Readonly<Record<string, string>> = {
  // Azerbaijani, Turkish, Turkmen and Latin-alphabet transliterations of Russian.
  ş: 'S',
  š: 'S',
  ç: 'C',
  č: 'C',
  ž: 'J',
  ğ: 'G',
  ə: 'a',
  ä: 'a',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  // Letters NFKD does not decompose; a few European surnames reach the register.
  ß: 's',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  // Greek lower-cases Σ by its place in the word; the name is the same.
  ς: 'σ',
  // Russian.
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'G',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'J',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'G',
  ц: 'ts', // as passports write it: Кузнецова / Kuznetsova
  ч: 'C',
  ш: 'S',
  щ: 'SC',
  ы: 'i',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Ukrainian (Olha / Ольга: Ukrainian г is h, which is G anyway).
  є: 'ie',
  і: 'i',
  ї: 'i',
  ґ: 'G',
  // Azerbaijani Cyrillic (before 1991), Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic. Kazakh and
  // Uzbek қ is written к in Russian, so it follows Russian rather than the Latin q.
  ә: 'a',
  ғ: 'G',
  ҝ: 'G',
  һ: 'G',
  ҳ: 'G',
  ҹ: 'J',
  ҷ: 'J',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ў: 'u',
  ӯ: 'u',
  ӣ: 'i',
  ј: 'i',
  қ: 'k',
  ң: 'n',
};

const cyrillicVowels = 'аеёиоуыэюяєіїәөүұ';

/**
 * Maps the letters above; other characters pass through unchanged. A soft or hard sign before a
 * vowel is the Latin y (Наталья = Natalya, Ильин = Ilyin), elsewhere it is silent (Эльчин).
 */
export function transliterateLetters(lower: string): string {
  const signed = lower.replace(new RegExp(`[ьъ](?=[${cyrillicVowels}])`, 'g'), 'i').replace(/[ьъ]/g, '');
  let out = '';
  for (const ch of signed) out += letters[ch] ?? ch;
  return out;
}
