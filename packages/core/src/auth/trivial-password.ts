// Keyboard rows and columns (QWERTY and the Russian ЙЦУКЕН layout): a walk along one is as easy
// to guess as "abcdef".
const keyboardLines = [
  '`1234567890-=',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  '1qaz',
  '2wsx',
  '3edc',
  '4rfv',
  '5tgb',
  '6yhn',
  '7ujm',
  '8ik,',
  '9ol.',
  '0p;/',
  'ёйцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
];

function keyboardNeighbours(a: string, b: string): boolean {
  return keyboardLines.some((line) => {
    const i = line.indexOf(a);
    return i >= 0 && (line[i + 1] === b || line[i - 1] === b);
  });
}

/** Same character, the next or previous one in the alphabet or digits, or the next key. */
function continuesRun(a: string, b: string): boolean {
  const step = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  return Math.abs(step) <= 1 || keyboardNeighbours(a, b);
}

/**
 * How many runs the password breaks into, where a run is a repeat, an alphabetical or numeric
 * sequence or a keyboard walk ("aaaa", "abcd", "4321", "qwer").
 */
function countRuns(chars: string[]): number {
  let runs = chars.length > 0 ? 1 : 0;
  for (let i = 1; i < chars.length; i++) {
    if (!continuesRun(chars[i - 1] ?? '', chars[i] ?? '')) runs += 1;
  }
  return runs;
}

/**
 * Whether the password is made of a few repeated or sequential pieces: "aaaaaaaaaaaa",
 * "abcabcabcabc", "123456789012", "qwertyuiop12", "abcd1234wxyz". Such passwords are long enough
 * by count but are among the first an attacker tries.
 */
export function isTrivialPassword(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 3) return true;
  // A short unit said again and again ("abc123abc123", "passwordpassword").
  if (/^(.+?)\1+$/su.test(password.toLowerCase())) return true;
  // Runs of four or more characters on average: a human-chosen password has many short runs.
  return countRuns(chars) * 4 <= chars.length;
}
