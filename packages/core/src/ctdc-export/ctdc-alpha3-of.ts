// The package's library file, not its main entry: the main entry registers ~80 locales of country
// names on import, and we need the codes only. This file's exports are plain `exports.x =`, so
// Node's ESM loader sees them as named exports.
import { alpha2ToAlpha3 } from 'i18n-iso-countries/index.js';

/**
 * ISO 3166-1 alpha-2 -> alpha-3 (CTDC's format B uses alpha-3, we store alpha-2). The table comes
 * from i18n-iso-countries until core has its own country table. An unknown or malformed code
 * gives null: better a missing cell than a wrong country.
 */
export function ctdcAlpha3Of(alpha2: string | null | undefined): string | null {
  if (!alpha2 || !/^[A-Za-z]{2}$/.test(alpha2)) return null;
  return alpha2ToAlpha3(alpha2.toUpperCase()) ?? null;
}
