import { locales } from '../model.ts';
import { invalid } from '../support/errors.ts';
import type { LocalizedText } from './indicator-list.ts';

export interface ValidationProblem {
  /** Where in the input, e.g. 'indicators[3].label.az'; '' is the whole input. */
  path: string;
  message: string;
}

const keyPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const maxTextLength = 2000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Gathers every problem of an input instead of stopping at the first: an administrator fixing a
 * country's list, or a screener fixing answers, should see all that is wrong in one go.
 */
export class ProblemCollector {
  readonly problems: ValidationProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Throws validation_failed listing every problem, if there is any. */
  throwIfAny(message: string): void {
    if (this.problems.length > 0) throw invalid(message, { problems: this.problems });
  }

  /** Unknown fields are refused so that a misspelt field ("lable") is not silently dropped. */
  knownFields(value: Record<string, unknown>, allowed: readonly string[], path: string): void {
    for (const field of Object.keys(value)) {
      if (!allowed.includes(field)) this.add(problemPath(path, field), `Unknown field "${field}".`);
    }
  }

  key(value: unknown, path: string): string {
    if (typeof value === 'string' && keyPattern.test(value)) return value;
    this.add(path, 'Must be a key of 1-100 lower-case letters, digits, ".", "_" or "-".');
    return '';
  }

  oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.add(path, `Must be one of: ${options.join(', ')}.`);
    return undefined;
  }

  /** Every interface language is required: a screener must never meet an item they cannot read. */
  text(value: unknown, path: string): LocalizedText {
    const text: LocalizedText = { en: '', az: '', ru: '' };
    if (!isRecord(value)) {
      this.add(path, `Must give the text in every language: ${locales.join(', ')}.`);
      return text;
    }
    this.knownFields(value, locales, path);
    for (const locale of locales) {
      const item = value[locale];
      if (typeof item !== 'string' || item.trim() === '') {
        this.add(problemPath(path, locale), 'Must be a non-empty text.');
      } else if (item.length > maxTextLength) {
        this.add(problemPath(path, locale), `Must be at most ${maxTextLength} characters.`);
      } else {
        text[locale] = item.trim();
      }
    }
    return text;
  }

  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.add(path, 'Must be a non-empty list.');
      return [];
    }
    if (value.length > max) this.add(path, `Must have at most ${max} items.`);
    return value.slice(0, max);
  }
}

/** Paths read like the JSON they point into: indicators[3].label.az. */
export function problemPath(path: string, field: string | number): string {
  if (typeof field === 'number') return `${path}[${field}]`;
  return path === '' ? field : `${path}.${field}`;
}
