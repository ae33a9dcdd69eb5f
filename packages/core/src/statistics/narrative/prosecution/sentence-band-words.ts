// A configured prison-term band in words ("three to six years") and as a row label ("Prison, 3
// to 6 years"), in each language. Bounds are words of the label, not figures: the narrative's
// invariant check sets these phrases aside (fixed phrases).
import type { Locale } from '../../../model.ts';
import { type SentenceBand, sentenceBandCode } from '../../../prosecution/sentence-bands.ts';

const en = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const az = [
  '',
  'bir',
  'iki',
  'üç',
  'dörd',
  'beş',
  'altı',
  'yeddi',
  'səkkiz',
  'doqquz',
  'on',
  'on bir',
  'on iki',
  'on üç',
  'on dörd',
  'on beş',
  'on altı',
  'on yeddi',
  'on səkkiz',
  'on doqquz',
  'iyirmi',
];
/** Russian genitive ("от трёх до шести лет") and nominative ("десять лет и более"). */
const ruOf = [
  '',
  'одного',
  'двух',
  'трёх',
  'четырёх',
  'пяти',
  'шести',
  'семи',
  'восьми',
  'девяти',
  'десяти',
  'одиннадцати',
  'двенадцати',
  'тринадцати',
  'четырнадцати',
  'пятнадцати',
  'шестнадцати',
  'семнадцати',
  'восемнадцати',
  'девятнадцати',
  'двадцати',
];
const ru = [
  '',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
  'двадцать',
];

/** Whole years up to twenty are said in words, anything else in months ("18 months"). */
const inYears = (months: number) => months % 12 === 0 && months / 12 <= 20;

function phraseEn({ fromMonths: from, toMonths: to }: SentenceBand): string {
  const unit = (m: number) => (inYears(m) ? `${en[m / 12]} year${m === 12 ? '' : 's'}` : `${m} months`);
  const bare = (m: number) => (inYears(m) ? en[m / 12]! : `${m}`);
  if (to === null) return `${unit(from)} or more`;
  if (from === 0) return `less than ${unit(to)}`;
  if (inYears(from) === inYears(to)) return `${bare(from)} to ${unit(to)}`;
  return `${unit(from)} to ${unit(to)}`;
}

function phraseAz({ fromMonths: from, toMonths: to }: SentenceBand): string {
  // Suffixes follow the noun's vowel: ildən, ilədək; aydan, ayadək.
  const word = (m: number) => (inYears(m) ? `${az[m / 12]} il` : `${m} ay`);
  const from_ = (m: number) => `${word(m)}${inYears(m) ? 'dən' : 'dan'}`;
  const to_ = (m: number) => `${word(m)}${inYears(m) ? 'ədək' : 'adək'}`;
  if (to === null) return `${word(from)} və daha çox`;
  if (from === 0) return `${from_(to)} az`;
  return `${from_(from)} ${to_(to)}`;
}

function phraseRu({ fromMonths: from, toMonths: to }: SentenceBand): string {
  const years = (m: number) => (m === 12 ? 'года' : 'лет');
  const genitive = (m: number) => (inYears(m) ? `${ruOf[m / 12]} ${years(m)}` : `${m} месяцев`);
  const bare = (m: number) => (inYears(m) ? ruOf[m / 12]! : `${m} месяцев`);
  if (to === null) {
    const y = from / 12;
    const noun = y === 1 ? 'год' : y >= 2 && y <= 4 ? 'года' : 'лет';
    return inYears(from) ? `${ru[y]} ${noun} и более` : `${from} месяцев и более`;
  }
  if (from === 0) return `до ${genitive(to)}`;
  return `от ${bare(from)} до ${genitive(to)}`;
}

export function sentenceBandPhrase(band: SentenceBand, locale: Locale): string {
  return locale === 'az' ? phraseAz(band) : locale === 'ru' ? phraseRu(band) : phraseEn(band);
}

const monthsOf = (token: string) => (token.endsWith('m') ? Number(token.slice(0, -1)) : Number(token) * 12);

/**
 * A band from its row code (sentenceBandCode read backwards), for the narrative, which sees the
 * table's rows only; undefined for a row that is not a prison band (suspended, fine only).
 */
export function sentenceBandOfCode(code: string): SentenceBand | undefined {
  const [from, to] = code.split('_');
  if (from === undefined || to === undefined) return undefined;
  const band =
    from === 'under'
      ? { fromMonths: 0, toMonths: monthsOf(to) }
      : from === 'over'
        ? { fromMonths: monthsOf(to), toMonths: null }
        : { fromMonths: monthsOf(from), toMonths: monthsOf(to) };
  const bounds = [band.fromMonths, band.toMonths ?? 0];
  return bounds.every(Number.isInteger) && sentenceBandCode(band) === code ? band : undefined;
}

/** The row label, in figures, as the shipped labels word the default bands. */
export function sentenceBandLabel({ fromMonths: from, toMonths: to }: SentenceBand, locale: Locale): string {
  const y = (m: number) => (m % 12 === 0 ? m / 12 : null);
  if (locale === 'az') {
    const n = (m: number) => (y(m) === null ? `${m} ay` : `${y(m)} il`);
    if (to === null) return `Azadlıqdan məhrumetmə, ${n(from)} və çox`;
    if (from === 0) return `Azadlıqdan məhrumetmə, ${n(to)}${y(to) === null ? 'dan' : 'dən'} az`;
    return y(from) !== null && y(to) !== null
      ? `Azadlıqdan məhrumetmə, ${y(from)}-${y(to)} il`
      : `Azadlıqdan məhrumetmə, ${from}-${to} ay`;
  }
  if (locale === 'ru') {
    const unit = (m: number) => (y(m) === null ? `${m} мес.` : `${y(m)} ${y(m) === 1 ? 'года' : 'лет'}`);
    if (to === null) return `Лишение свободы ${y(from) === null ? `${from} мес.` : `${y(from)} лет`} и более`;
    if (from === 0) return `Лишение свободы менее ${unit(to)}`;
    return y(from) !== null && y(to) !== null
      ? `Лишение свободы от ${y(from)} до ${y(to)} лет`
      : `Лишение свободы от ${from} до ${to} мес.`;
  }
  const unit = (m: number) => (y(m) === null ? `${m} months` : `${y(m)} year${y(m) === 1 ? '' : 's'}`);
  if (to === null) return `Prison, ${unit(from)} or more`;
  if (from === 0) return `Prison, under ${unit(to)}`;
  return y(from) !== null && y(to) !== null
    ? `Prison, ${y(from)} to ${y(to)} years`
    : `Prison, ${from} to ${to} months`;
}
