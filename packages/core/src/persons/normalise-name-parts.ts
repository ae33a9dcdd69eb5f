import { type LatinReading, transliterate } from './transliterate.ts';

/**
 * Words that mark the preceding word as the father's name: Azerbaijani oğlu / qızı, Russian
 * оглы / кызы, Uzbek o'g'li / qizi, compared as skeletons so every spelling is caught
 * (oğlu, oglu → oglu; ogly, оглы → ogli; qızı, gyzy, гызы → gizi; kyzy, кызы → kizi).
 */
const patronymicMarkers = new Set(['oglu', 'ogli', 'ugli', 'gizi', 'kizi']);

/**
 * Russian and Ukrainian patronymics as skeletons: -ovich, -evich (→ avich), -ovna, -evna
 * (→ avna), -ivna, -ichna (Ilyinichna). Azerbaijanis use them too in Russian (Рашад Вугарович).
 */
const patronymicEnding = /(ovich|avich|ovna|avna|ivna|ichna)$/;

/**
 * Particles written apart or together with the surname: Filipino Dela Cruz / de la Cruz /
 * Delacruz, Arabic Abdul Rahman / Abdulrahman. They join the following part. La, los and las
 * only count after another particle (de la, de los), since La is also a surname on its own.
 * As skeletons: de → da, del → dal, dela → dala, delos → dalos, abdel → abdal.
 */
const particles = new Set([
  'da',
  'dal',
  'dala',
  'dalos',
  'dalas',
  'dos',
  'das',
  'abdul',
  'abdal',
  'abd',
  'ibn',
  'al',
  'el',
]);
const chainedParticles = new Set(['la', 'los', 'las']);

interface RawPart {
  text: string;
  /** Written with a full stop after it, as initials and titles are (A., Sh., Dr.). */
  dotted: boolean;
}

/**
 * "SANTOS, Maria Cristina" is surname-first by convention: the part before the comma moves to
 * the end, so that the first and last parts are the given name and surname as in
 * "Maria Cristina Santos".
 */
function surnameLast(full: string): string {
  const comma = full.indexOf(',');
  return comma < 0 ? full : `${full.slice(comma + 1)} ${full.slice(0, comma)}`;
}

/** Case is folded first so that initials count the same letters in capitals (ᾀ is ἈΙ). */
function splitRaw(full: string): RawPart[] {
  const parts: RawPart[] = [];
  for (const word of surnameLast(full.normalize('NFKC').toUpperCase().toLowerCase()).split(
    /[\s,;:/\\()[\]{}"«»_|]+/u,
  )) {
    const pieces = word.split('.');
    pieces.forEach((text, i) => {
      if (text) parts.push({ text, dotted: i < pieces.length - 1 });
    });
  }
  return parts;
}

function letterCount(text: string): number {
  return text.match(/(?!\p{Lm})\p{L}/gu)?.length ?? 0;
}

/** Initials carry too little to match on and are written for some records only. */
function isInitial(part: RawPart): boolean {
  const letters = letterCount(part.text);
  return letters <= 1 || (part.dotted && letters <= 2);
}

/** Joins particles to the next part; a particle with nothing after it is dropped. */
function joinParticles(parts: readonly RawPart[]): string[] {
  const joined: string[] = [];
  let prefix = '';
  for (const { text } of parts) {
    const skeleton = transliterate(text);
    if (particles.has(skeleton) || (prefix && chainedParticles.has(skeleton))) prefix += text;
    else {
      joined.push(prefix + text);
      prefix = '';
    }
  }
  return joined;
}

/** Drops each marker and, if two other parts remain, the father's name written before it. */
function dropMarkedPatronymics(parts: string[]): string[] {
  const out = [...parts];
  for (let i = out.findIndex((p) => patronymicMarkers.has(p)); i >= 0; ) {
    out.splice(i, 1);
    if (i > 0 && out.length >= 3) out.splice(i - 1, 1);
    i = out.findIndex((p) => patronymicMarkers.has(p));
  }
  return out;
}

/**
 * Drops -ovich / -ovna patronymics while 3+ parts remain. A patronymic is never first; one in
 * the middle is taken before the last part, because the last may be a surname of the same
 * shape (Roman Arkadyevich Abramovich) while surname-first order puts it last (Ivanova
 * Natalya Sergeyevna).
 */
function dropSuffixPatronymics(parts: string[]): string[] {
  const out = [...parts];
  while (out.length >= 3) {
    const middle = out.findIndex((p, i) => i > 0 && i < out.length - 1 && patronymicEnding.test(p));
    const index = middle >= 0 ? middle : patronymicEnding.test(out.at(-1)!) ? out.length - 1 : -1;
    if (index < 0) break;
    out.splice(index, 1);
  }
  return out;
}

/**
 * The skeletons of a full name's parts in written order, without initials, patronymics and
 * markers; particles joined. Parts whose skeleton has fewer than two letters are dropped as
 * initials are (Ye → e), which also keeps the result stable when normalised again.
 */
export function nameParts(full: string, reading: LatinReading = 'azerbaijani'): string[] {
  const written = joinParticles(splitRaw(full).filter((p) => !isInitial(p)));
  const skeletons = written.map((text) => transliterate(text, reading)).filter((s) => [...s].length > 1);
  return dropSuffixPatronymics(dropMarkedPatronymics(skeletons));
}
