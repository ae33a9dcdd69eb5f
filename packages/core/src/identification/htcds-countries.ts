import { alpha2ToAlpha3, alpha3ToAlpha2 } from 'i18n-iso-countries/index.js';
import azNames from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

/**
 * The names IOM's templates give where the common English name differs (their picklist follows
 * the UN's style): read first, so "Congo" is the Republic of the Congo, as in the template.
 */
const templateNames: Record<string, string> = {
  BO: 'Bolivia (Plurinational State of)',
  CV: 'Cabo Verde',
  CG: 'Congo',
  CD: 'Congo, Democratic Republic of the',
  VA: 'Holy See',
  IR: 'Iran (Islamic Republic of)',
  KP: "Korea (Democratic People's Republic of)",
  PS: 'Palestine, State of',
  SH: 'Saint Helena, Ascension and Tristan da Cunha',
  TZ: 'Tanzania, United Republic of',
  GB: 'United Kingdom of Great Britain and Northern Ireland',
  VE: 'Venezuela (Bolivarian Republic of)',
  VN: 'Viet Nam',
};

/** Case, accents and punctuation do not distinguish two country names. */
const key = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let index: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const [code, name] of Object.entries(templateNames)) index.set(key(name), code);
  for (const names of [enNames, ruNames, azNames])
    for (const [code, value] of Object.entries(names.countries as Record<string, string | string[]>))
      for (const name of Array.isArray(value) ? value : [value])
        if (!index.has(key(name))) index.set(key(name), code);
  return index;
}

/**
 * A country as a person typed it in a template: ISO 3166 alpha-2 or alpha-3 code, or its name in
 * English (the template's picklist), Russian or Azerbaijani. Null when it is none of these.
 */
export function readCountry(text: string): string | null {
  const value = text.trim();
  if (/^[A-Za-z]{2}$/.test(value) && alpha2ToAlpha3(value.toUpperCase())) return value.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(value)) {
    const alpha2 = alpha3ToAlpha2(value.toUpperCase());
    if (alpha2) return alpha2;
  }
  return nameIndex().get(key(value)) ?? null;
}
