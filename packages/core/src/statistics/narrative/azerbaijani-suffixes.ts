// Azerbaijani suffixes follow the vowel harmony of the number as spoken: its last word is the
// lowest non-zero unit ("2014" = iki min on dörd -> dörd), so 2014-cü, 2016-cı, 2019-cu, 2015-ci.
const units = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'];
const tens = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'];

function lastVowel(n: number): string {
  const whole = Math.abs(Math.trunc(n));
  let word: string;
  if (whole % 10 !== 0) word = units[whole % 10]!;
  else if (whole % 100 !== 0) word = tens[(whole % 100) / 10]!;
  else if (whole % 1000 !== 0) word = 'yüz';
  else if (whole % 1_000_000 !== 0) word = 'min';
  else word = whole === 0 ? 'sıfır' : 'milyon';
  return [...word].reverse().find((letter) => 'aıoueəiöü'.includes(letter))!;
}

/** Ordinal suffix written after digits: 2014 -> "cü" (2014-cü il). */
export function azerbaijaniOrdinalSuffix(n: number): string {
  const vowel = lastVowel(n);
  if ('aı'.includes(vowel)) return 'cı';
  if ('ou'.includes(vowel)) return 'cu';
  if ('öü'.includes(vowel)) return 'cü';
  return 'ci';
}

/** Ablative suffix written after digits: 5 -> "dən" (5-dən az), 10 -> "dan". */
export function azerbaijaniAblativeSuffix(n: number): string {
  return 'aıou'.includes(lastVowel(n)) ? 'dan' : 'dən';
}
