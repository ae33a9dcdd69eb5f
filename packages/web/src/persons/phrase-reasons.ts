import { describeReason, type IndicatorList, type ReasonCode } from '@opennrm/contracts/screening';
import { type Locale, locales } from '../api/types.ts';

/**
 * Stored reasons are codes with parameters; they are phrased in the reader's language at display
 * time. A reason this version does not know is skipped rather than shown as raw data.
 */
export function phraseReasons(reasons: readonly unknown[], language: string, list?: IndicatorList): string[] {
  const locale: Locale = (locales as readonly string[]).includes(language) ? (language as Locale) : 'en';
  const phrased: string[] = [];
  for (const reason of reasons) {
    try {
      phrased.push(describeReason(reason as ReasonCode, locale, list));
    } catch {
      // An unknown code (a newer server) has no phrasing here.
    }
  }
  return phrased;
}
