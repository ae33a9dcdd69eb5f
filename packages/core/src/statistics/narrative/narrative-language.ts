import type { Locale } from '../../model.ts';
import type { Period } from '../report-model.ts';
import type { Piece } from './narrative-pieces.ts';
import type { DecisionsPlan, IdentificationPlan, ReferralsPlan } from './narrative-plan.ts';

export interface NarrativeContext {
  period: Period;
  previousPeriod: Period;
  /** Published view: the threshold a suppressed count is "fewer than". */
  threshold: number;
  source: 'national' | 'ctdc';
}

/** One language's wording of the plans; each returns its sentences (empty ones are dropped). */
export interface NarrativeLanguage {
  identification(plan: IdentificationPlan, ctx: NarrativeContext): Piece[][];
  decisions(plan: DecisionsPlan, ctx: NarrativeContext): Piece[][];
  referrals(plan: ReferralsPlan, ctx: NarrativeContext): Piece[][];
}

/** '2014' names a calendar year; anything else is a range ("from – to (inclusive)"). */
export function isCalendarYear(period: Period): boolean {
  return /^\d{4}$/.test(period.label);
}

const formats = new Map<Locale, Intl.NumberFormat>();

/** Digits with the locale's grouping ("1,234", "1.234", "1 234"); medians keep one decimal. */
export function formatDigits(locale: Locale, value: number): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    formats.set(locale, format);
  }
  return format.format(value);
}
