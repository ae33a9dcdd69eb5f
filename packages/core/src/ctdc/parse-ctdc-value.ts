import { alpha2Of, alpha3Of } from '../support/country-codes.ts';
import {
  type CtdcAgeBand,
  type CtdcGender,
  type CtdcMajority,
  ctdcAgeBands,
  ctdcTraffickMonths,
} from './ctdc-record.ts';

/** A cell that cannot be read; the row is rejected with this message. */
export class InvalidCell {
  constructor(readonly message: string) {}
}

/** Cells that mean "not known": empty (format B, tolerant variants), -99 (format A), "unknown". */
function isUnknown(value: string): boolean {
  return value === '' || value === '-99' || value === '-99.0' || value.toLowerCase() === 'unknown';
}

export function parseYear(value: string, currentYear: number): number | InvalidCell {
  // Tolerant exports write whole numbers as floats (2016.0).
  const match = /^(\d{4})(?:\.0+)?$/.exec(value);
  const year = match ? Number(match[1]) : Number.NaN;
  if (!(year >= 1990 && year <= currentYear)) {
    return new InvalidCell(`not a year of registration between 1990 and ${currentYear}`);
  }
  return year;
}

const genders: Record<string, CtdcGender> = {
  female: 'female',
  woman: 'female',
  male: 'male',
  man: 'male',
  trans: 'other',
  transgender: 'other',
  nonconforming: 'other',
  'trans/transgender/nonconforming': 'other',
  other: 'other',
};

export function parseGender(value: string): CtdcGender | null | InvalidCell {
  if (isUnknown(value)) return null;
  return (
    genders[value.toLowerCase()] ?? new InvalidCell('not a CTDC gender (Female, Male, Woman, Man, Trans)')
  );
}

const bands = new Set<string>(ctdcAgeBands);

export function parseAgeBand(value: string): CtdcAgeBand | null | InvalidCell {
  if (isUnknown(value)) return null;
  const band = value.replace('--', '-');
  return bands.has(band)
    ? (band as CtdcAgeBand)
    : new InvalidCell('not a CTDC age band (0--8, 9--17, 18--20 ... 39--47, 48+)');
}

export function parseMajority(value: string): CtdcMajority | null | InvalidCell {
  if (isUnknown(value)) return null;
  const lower = value.toLowerCase();
  if (lower === 'adult') return 'adult';
  if (lower === 'minor' || lower === 'child') return 'child';
  return new InvalidCell('not a majority status (Adult, Minor)');
}

/** The CTDC rule where majority status is absent: the two youngest bands are children. */
export function majorityOfAgeBand(band: CtdcAgeBand | null): CtdcMajority | null {
  if (band === null) return null;
  return band === '0-8' || band === '9-17' ? 'child' : 'adult';
}

/** ISO 3166 alpha-2 (format A) or alpha-3 (format B), stored as alpha-2; "0"/"00" = unknown. */
export function parseCountry(value: string): string | null | InvalidCell {
  if (isUnknown(value) || value === '0' || value === '00') return null;
  const code = value.toUpperCase();
  if (code.length === 2 && alpha3Of(code)) return code;
  const alpha2 = code.length === 3 ? alpha2Of(code) : null;
  if (alpha2) return alpha2;
  return new InvalidCell('not an ISO 3166 alpha-2 or alpha-3 country code');
}

/** 1/0 (A, B), 1.0/0.0 (tolerant variants), true/false; -99 and empty are unknown. */
export function parseFlag(value: string): boolean | null | InvalidCell {
  switch (value) {
    case '1':
    case '1.0':
    case 'true':
    case 'TRUE':
    case 'True':
      return true;
    case '0':
    case '0.0':
    case 'false':
    case 'FALSE':
    case 'False':
      return false;
    default:
      return isUnknown(value) ? null : new InvalidCell('not a yes/no value (1, 0, -99 or empty)');
  }
}

const months = new Set<string>(ctdcTraffickMonths);

export function parseTraffickMonths(value: string): string | null | InvalidCell {
  if (isUnknown(value)) return null;
  const spelled = value.replace(/^(\d+)-(\d+)$/, '$1--$2');
  return months.has(spelled) ? spelled : new InvalidCell('not a CTDC duration (0--12, 13--24, 25+)');
}
