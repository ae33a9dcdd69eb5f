import type { Locale } from '../../model.ts';
import type { EnglishSpelling } from '../glossary/english-spelling.ts';
import type { Period, ReportScope } from '../report-model.ts';
import { periodDays } from './narrative-dates.ts';
import type { Piece } from './narrative-pieces.ts';
import type { DecisionsPlan, IdentificationPlan, ReferralsPlan } from './narrative-plan.ts';

export interface NarrativeContext {
  period: Period;
  previousPeriod: Period;
  /** Published view: the suppression threshold (never said: every hidden figure reads alike). */
  threshold: number;
  source: 'national' | 'ctdc';
  /** Whose records the figures come from: the subject the lead sentences name. */
  scope: ReportScope;
  /** The reporting country's name in the report's language, when known ("Azerbaijan"). */
  countryName?: string | undefined;
  /** English only: British by default, US for the TIP report (applied to the finished text). */
  spelling: EnglishSpelling;
  /** The national currency (ISO 4217) amounts are counted in: the protection settings'. */
  currency: string;
}

/** One language's wording of the plans; each returns its sentences (empty ones are dropped). */
export interface NarrativeLanguage {
  identification(plan: IdentificationPlan, ctx: NarrativeContext): Piece[][];
  decisions(plan: DecisionsPlan, ctx: NarrativeContext): Piece[][];
  referrals(plan: ReferralsPlan, ctx: NarrativeContext): Piece[][];
}

/** Exactly one calendar year (1 January to 31 December), said "in 2014"; else a from-to range. */
export function isCalendarYear(period: Period): boolean {
  return periodDays(period).calendarYear !== null;
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
