import type { Store } from '../ports.ts';
import { historicAfterDays } from './referral-dates.ts';
import { defaultRoutingRules, type RoutingRule } from './routing-rules.ts';

/** Referral configuration: response deadlines by urgency and the country's routing rules. */
export interface ReferralSettings {
  responseWorkingDays: { normal: number; urgent: number };
  routingRules: RoutingRule[];
  /**
   * How many days back a referral's sending, answer or closing may be dated. The default matches
   * historicAfterDays, so that an ordinary user cannot date a referral far enough back to keep it
   * from escalation or to move it into a year already reported; the administrator widens it
   * while a country's history is loaded (an audited change) and narrows it afterwards.
   */
  backdateLimitDays: number;
}

export const defaultReferralSettings: ReferralSettings = {
  responseWorkingDays: { normal: 3, urgent: 1 },
  routingRules: defaultRoutingRules,
  backdateLimitDays: historicAfterDays,
};

export const referralSettingsKey = 'referrals';

export async function readReferralSettings(store: Store): Promise<ReferralSettings> {
  const stored = (await store.configuration.get(referralSettingsKey)) as
    | Partial<ReferralSettings>
    | undefined;
  return { ...defaultReferralSettings, ...(stored ?? {}) };
}
