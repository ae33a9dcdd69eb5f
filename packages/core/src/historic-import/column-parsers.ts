import { isCalendarDate } from '../support/calendar-date.ts';
import type { CodeLists } from './code-lists.ts';
import type { ColumnDefinition, ParseOutcome } from './sheet-definition.ts';

type Parser<T> = (text: string, lists: CodeLists) => ParseOutcome<T>;

const ok = <T>(value: T): ParseOutcome<T> => ({ ok: true, value });
const fail = (message: string): ParseOutcome<never> => ({ ok: false, message });

/** A column: name, parser and what the template says about it. */
export function column<T>(
  name: string,
  parse: Parser<T>,
  options: { required?: boolean; description: string; codeList?: string; example?: string },
): ColumnDefinition<T> {
  return { name, parse, required: options.required ?? false, multiple: 'multiple' in parse, ...options };
}

export function text(max = 1000): Parser<string> {
  return (value) => (value.length > max ? fail(`Longer than ${max} characters.`) : ok(value));
}

export function integer(min: number, max: number): Parser<number> {
  return (value) => {
    if (!/^-?\d+$/.test(value)) return fail(`"${value}" is not a whole number.`);
    const n = Number(value);
    return n < min || n > max ? fail(`${n} is outside ${min} to ${max}.`) : ok(n);
  };
}

/** YYYY-MM-DD (the readers turn spreadsheet dates into this form). */
export function calendarDate(): Parser<string> {
  return (value) =>
    isCalendarDate(value) ? ok(value) : fail(`"${value}" is not a date written as YYYY-MM-DD.`);
}

export function yesNo(): Parser<boolean> {
  return (value) => {
    const v = value.toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(v)) return ok(true);
    if (['no', 'n', 'false', '0'].includes(v)) return ok(false);
    return fail(`"${value}" is neither yes nor no.`);
  };
}

/** One code of a code list; the value is what the list maps it to (an organisation's id). */
export function code(list: string): Parser<string> {
  return (value, lists) => {
    const entry = lists.find(list, value);
    return entry ? ok(entry.value) : fail(`"${value}" is not in the code list ${list}.`);
  };
}

/** Several codes separated by ";" (or ","), each of the list, without repeats. */
export function codes(list: string): Parser<string[]> {
  const parse: Parser<string[]> = (value, lists) => {
    const out: string[] = [];
    for (const part of value
      .split(/[;,]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const entry = lists.find(list, part);
      if (!entry) return fail(`"${part}" is not in the code list ${list}.`);
      if (!out.includes(entry.value)) out.push(entry.value);
    }
    return ok(out);
  };
  // The template offers a drop-down for one code; several in a cell need none.
  return Object.assign(parse, { multiple: true });
}

/** The source system's own record id: the key that makes a re-run change nothing. */
export const sourceIdColumn = column('source_id', text(200), {
  required: true,
  description: 'Your own id of this record in the system it comes from; unique within the sheet.',
  example: 'P-2014-001',
});

/** A reference to a person row (this file or an earlier import) by its source id. */
export const personSourceIdColumn = column('person_source_id', text(200), {
  required: true,
  description: 'The source_id of the person in the persons sheet (this file or an earlier import).',
  example: 'P-2014-001',
});
