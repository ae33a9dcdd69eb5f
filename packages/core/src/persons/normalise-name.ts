import { nameParts } from './normalise-name-parts.ts';
import type { LatinReading } from './transliterate.ts';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical form of a full name: the skeleton of each part (see transliterate), without
 * initials and patronymics, sorted so that the order of surname and given name does not matter
 * ("Aysel Mammadova" and "MAMMADOVA, Aysel" give ["aisal", "mamadova"]). Gender endings stay
 * (Mammadov and Mammadova are siblings, not one person). Latin c, x and q are read as in
 * Azerbaijani; nameVariantsForMatching adds the western reading.
 */
export function normaliseName(full: string): string[] {
  return nameParts(full).sort(byCodeUnit);
}

const readings: readonly LatinReading[] = ['azerbaijani', 'western'];

/**
 * The token sets a duplicate key is computed for, each sorted, without repeats:
 * - all parts, for both readings of Latin c, x and q (a name written in Latin does not say
 *   whether Cavid is Javid or Carlos is Karlos; Cyrillic names give one set);
 * - with 3+ parts, the first and last part, so that "Rəşad Vüqar Xəlilov" with an unmarked
 *   father's name or a Filipino middle name ("Maria Cristina Reyes Santos") still meets
 *   "Rashad Khalilov" or "Maria Santos".
 * Empty when the name has no usable part.
 */
export function nameVariantsForMatching(full: string): string[][] {
  const variants = new Map<string, string[]>();
  const add = (tokens: string[]): void => {
    const sorted = [...tokens].sort(byCodeUnit);
    if (sorted.length > 0) variants.set(sorted.join(' '), sorted);
  };
  for (const reading of readings) {
    const parts = nameParts(full, reading);
    add(parts);
    if (parts.length >= 3) add([parts[0]!, parts.at(-1)!]);
  }
  return [...variants.values()];
}
