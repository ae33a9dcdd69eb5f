import { commonPasswordList } from './common-password-list.ts';

let common: Set<string> | undefined;

/** Built on first use: most processes (CLI commands, workers) never check a password. */
function commonPasswords(): Set<string> {
  common ??= new Set(commonPasswordList.split('\n').filter((p) => p.length > 0));
  return common;
}

// Russian keyboard letters at their QWERTY positions: "пароль" typed on a Russian layout is the
// "gfhjkm" of the lists, which are collected from Latin-keyboard users.
const russianLayout = 'йцукенгшщзхъфывапролджэячсмитьбю';
const qwertyLayout = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const leet: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

function toQwerty(text: string): string {
  return [...text].map((c) => qwertyLayout[russianLayout.indexOf(c)] ?? c).join('');
}

/**
 * What is left when the digits and symbols people add around a word are taken off
 * ("Password2026!" -> "password"): attackers' guessing rules add them first.
 */
function coreOf(text: string): string {
  return text.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
}

function unleet(text: string): string {
  return [...text].map((c) => leet[c] ?? c).join('');
}

/**
 * Whether the password is one of the most common ones, or one of them with digits and symbols
 * around it, l33t spelling or typed on a Russian keyboard layout. Only whole passwords and whole
 * cores count: a passphrase that merely contains a common word is not refused.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const candidates = new Set<string>();
  for (const typed of [lower, toQwerty(lower)]) {
    candidates.add(typed);
    const core = coreOf(typed);
    if (core.length >= 4) {
      candidates.add(core);
      candidates.add(unleet(core));
    }
    candidates.add(unleet(typed));
  }
  const list = commonPasswords();
  return [...candidates].some((c) => list.has(c));
}
