// The package's library file, not its main entry: the main entry registers ~80 locales of country
// names on import (in every process that loads core), and we need the codes only. Its exports are
// plain `exports.x =`, so Node's ESM loader sees them as named exports.
import { alpha2ToAlpha3, alpha3ToAlpha2 } from 'i18n-iso-countries/index.js';

/** ISO 3166-1 alpha-2 -> alpha-3; null for an unknown or malformed code. */
export function alpha3Of(alpha2: string | null | undefined): string | null {
  if (!alpha2 || !/^[A-Za-z]{2}$/.test(alpha2)) return null;
  return alpha2ToAlpha3(alpha2.toUpperCase()) ?? null;
}

/** ISO 3166-1 alpha-3 -> alpha-2; null for an unknown or malformed code. */
export function alpha2Of(alpha3: string | null | undefined): string | null {
  if (!alpha3 || !/^[A-Za-z]{3}$/.test(alpha3)) return null;
  return alpha3ToAlpha2(alpha3.toUpperCase()) ?? null;
}
