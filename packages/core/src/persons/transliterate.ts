import { transliterateLetters } from './transliterate-letters.ts';
import { transliterateSkeleton } from './transliterate-skeleton.ts';

/**
 * How to read the three Latin letters whose sound depends on the writer's alphabet:
 * - 'azerbaijani': c is j (Cavid = Javid = Джавид), x is kh (Xəlilov = Khalilov), q is g
 *   (Quliyev = Guliyev = Гулиев), as in Azerbaijani, Turkish and Uzbek Latin.
 * - 'western': c is k, or s before e, i, y (Carlos = Карлос, Jocelyn = Джоселин), x is ks
 *   (Alexey = Алексей), q is k (Qasimov = Касимов, Quliyev = Кулиев).
 * A Latin name cannot tell which alphabet it was written in, so duplicate keys are made for
 * both readings (see nameVariantsForMatching); Cyrillic is read the same way in both.
 */
export type LatinReading = 'azerbaijani' | 'western';

// Uzbek writes its o with an apostrophe (O'tkir, Ўткир, Utkir) and its ğ as g'.
const uzbekO = /o['’‘ʻʼ`]/g;

function readLatin(text: string, reading: LatinReading): string {
  let s = text.replace(uzbekO, 'u').replace(/\P{L}|\p{Lm}/gu, '');
  // Digraphs of English and Russian-passport spellings, longest sound first. "dzh" becomes
  // d + J and is merged by the skeleton rules like "дж".
  s = s
    .replace(/zh/g, 'J')
    .replace(/dj/g, 'J')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/kh/g, 'G')
    .replace(/ph/g, 'f') // Josephine / Жозефина
    .replace(/th/g, 't'); // Thelma / Тельма: no th sound in the region's languages.
  s =
    reading === 'azerbaijani'
      ? s.replace(/c/g, 'J').replace(/x/g, 'G').replace(/q/g, 'G')
      : s
          .replace(/c(?=[eiy])/g, 's')
          .replace(/c/g, 'k')
          .replace(/x/g, 'ks')
          .replace(/q/g, 'k');
  return (
    s
      .replace(/j/g, 'J')
      // h is Russian г or х (Həsənov / Гасанов / Hasanov, Ahmad / Ахмед), gh is ğ (Aghayev).
      .replace(/[hg]/g, 'G')
      // y and i are one letter: ı, ы and й all meet here (Huseyn / Гусейн / Husein).
      .replace(/y/g, 'i')
      // Russian в stands for w (Wang / Ван).
      .replace(/w/g, 'v')
  );
}

/**
 * The phonetic skeleton of one name part: lowercase ASCII in which the spellings used for the
 * same Azerbaijani, Russian or Central Asian name in Azerbaijani Latin, Cyrillic, Turkish and
 * English or passport transliteration coincide, e.g. Məmmədova, Мамедова, MAMMADOVA and
 * Mamedova all give "mamadova". Letters of other scripts (Chinese, Arabic, Georgian) are kept,
 * so such names still match their own spelling. Hyphens, apostrophes and spaces are dropped.
 *
 * Stages: NFKC and case folding; letters with their own sound (transliterate-letters.ts);
 * NFKD with combining marks removed (é, ñ, pinyin tones) and the letters mapped again; Latin
 * letters and digraphs read by `reading`; the skeleton rules (transliterate-skeleton.ts). The
 * result is a fixed point: transliterating a skeleton returns it unchanged.
 */
export function transliterate(part: string, reading: LatinReading = 'azerbaijani'): string {
  // Upper then lower case: a few letters grow when upper-cased (ß → SS), and a name typed in
  // capitals must give the same skeleton.
  const lower = part.normalize('NFKC').toUpperCase().toLowerCase();
  const stripped = transliterateLetters(lower).normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  // Again for Cyrillic letters that only show once their marks are gone (Moldovan ӂ is ж).
  const mapped = transliterateLetters(stripped);
  // NFC again: dropping a non-letter can leave Hangul jamo that compose into one syllable.
  return transliterateSkeleton(readLatin(mapped, reading)).normalize('NFC');
}
