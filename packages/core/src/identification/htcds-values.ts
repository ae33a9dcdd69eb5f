import { isCalendarDate } from '../support/calendar-date.ts';
import { readCountry } from './htcds-countries.ts';
import { fromIso6392 } from './htcds-languages.ts';
import { type HtcdsPicklistField, htcdsPicklists } from './htcds-standard.ts';

/** What a reader makes of one value: the value, or a message a person can act on. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });

/** Day-first (Azerbaijan, Russia, most of the world) or month-first (the United States). */
export type DateOrder = 'dmy' | 'mdy';

/** Codes and labels compare without case, spaces or punctuation ("Debt bondage " = DebtBondage). */
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Values other systems (and OpenNRM before 2026-12) wrote for a standard code. */
const aliases: Partial<Record<HtcdsPicklistField, Record<string, string>>> = {
  vic_ForcedLabourIndustry: {
    E_WaterSupplySewerageWasteManagementAndRemediationActivities: 'E_WaterSupplySewerageWasteManagement',
    G_WholesaleAndRetailTradeRepairOfMotorVehiclesAndMotorcycles:
      'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
    O_PublicAdministrationAndDefenceCompulsorySocialSecurity: 'O_PublicAdministrationAndDefence',
  },
  vic_RelationshipToTrafficker: { Unacquainted: 'Unaquainted' },
};

const lookups = new Map<HtcdsPicklistField, Map<string, string>>();
function lookup(field: HtcdsPicklistField): Map<string, string> {
  let map = lookups.get(field);
  if (!map) {
    map = new Map();
    for (const [code, label] of htcdsPicklists[field]) {
      map.set(key(code), code);
      map.set(key(label), code);
    }
    for (const [alias, code] of Object.entries(aliases[field] ?? {})) map.set(key(alias), code);
    lookups.set(field, map);
  }
  return map;
}

/** One value of a picklist, written as the standard's code or the template's label. */
export function readPicklist(field: HtcdsPicklistField, text: string): Read<string> {
  const code = lookup(field).get(key(text));
  if (code) return ok(code);
  const offered = htcdsPicklists[field].map(([, label]) => label);
  return fail(`"${text.trim()}" is not a value of ${field} (${offered.slice(0, 4).join(', ')}, ...).`);
}

/**
 * The parts of a multi-select value: a JSON array, or text with ";" (the templates) or new lines
 * between values, or spaces between codes (XLSForm's select_multiple). A label may itself hold ";"
 * ("Water supply; sewerage, ..."), so the longest run of parts that reads as one value wins.
 */
export function readMany<T>(value: unknown, readOne: (text: string) => Read<T>): Read<T[]> {
  const parts = Array.isArray(value)
    ? value.filter((v) => v !== null && v !== '').map(String)
    : String(value ?? '').split(/[;\n]/);
  const out: T[] = [];
  const add = (v: T) => {
    if (!out.some((o) => JSON.stringify(o) === JSON.stringify(v))) out.push(v);
  };
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]?.trim()) continue;
    let read: Read<T> | null = null;
    for (let j = parts.length; j > i && !read?.ok; j--) {
      const attempt = readOne(parts.slice(i, j).join(';'));
      if (attempt.ok) {
        read = attempt;
        i = j - 1;
      } else if (j === i + 1) read = attempt;
    }
    if (read?.ok) add(read.value);
    else {
      const words = (parts[i] as string).trim().split(/\s+/).map(readOne);
      if (words.length > 1 && words.every((w) => w.ok)) for (const w of words) add((w as { value: T }).value);
      else return read as Read<never>;
    }
  }
  return ok(out);
}

export function readPicklistMany(field: HtcdsPicklistField, value: unknown): Read<string[]> {
  return readMany(value, (text) => readPicklist(field, text));
}

export function readCountries(value: unknown): Read<string[]> {
  return readMany(value, (text) => {
    const code = readCountry(text);
    return code ? ok(code) : fail(`"${text.trim()}" is not a country (a name or an ISO 3166 code).`);
  });
}

export function readLanguage(text: string): Read<string> {
  const code = fromIso6392(text);
  return code ? ok(code) : fail(`"${text.trim()}" is not an ISO 639 language code.`);
}

/** A checkbox as the templates and XLSForm write it. */
export function readYesNo(text: string): Read<boolean> {
  const v = key(text);
  if (['yes', 'y', 'true', '1', 'да', 'bəli', 'beli'].includes(v)) return ok(true);
  if (['no', 'n', 'false', '0', 'нет', 'xeyr'].includes(v)) return ok(false);
  return fail(`"${text.trim()}" is neither yes nor no.`);
}

/** A date, or a year alone when only the year is known (ISO 8601 allows "1998"). */
export interface ReadDate {
  date: string | null;
  year: number;
}

const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * A date as people and spreadsheets write it: YYYY-MM-DD (with or without a time), a year alone,
 * an Excel date serial (35869 is 1998-03-15), or day/month/year in the stated order.
 */
export function readDate(text: string, order: DateOrder = 'dmy'): Read<ReadDate> {
  const value = text.trim();
  const asDate = (y: number, m: number, d: number): Read<ReadDate> => {
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return isCalendarDate(iso) && y >= 1900
      ? ok({ date: iso, year: y })
      : fail(`"${value}" is not a calendar date.`);
  };
  if (/^\d{4}$/.test(value))
    return Number(value) >= 1900
      ? ok({ date: null, year: Number(value) })
      : fail(`${value} is not a plausible year.`);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  if (iso) return asDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{1,6}(\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    // Excel counts 1900-02-29, a day that never was: serials before it are one day off.
    const day = new Date(excelEpoch + (serial < 61 ? serial + 1 : serial) * 86_400_000);
    return asDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  const parts = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (parts) {
    const [a, b] = [Number(parts[1]), Number(parts[2])];
    return order === 'dmy' ? asDate(Number(parts[3]), b, a) : asDate(Number(parts[3]), a, b);
  }
  return fail(
    `"${value}" is not a date: write YYYY-MM-DD, ${order === 'dmy' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'} or the year alone.`,
  );
}
