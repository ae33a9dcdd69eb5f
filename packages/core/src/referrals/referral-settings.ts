import type { Store } from '../ports.ts';
import { defaultRoutingRules, type RoutingRule } from './routing-rules.ts';

/** Referral configuration: response deadlines by urgency and the country's routing rules. */
export interface ReferralSettings {
  responseWorkingDays: { normal: number; urgent: number };
  routingRules: RoutingRule[];
}

export const defaultReferralSettings: ReferralSettings = {
  responseWorkingDays: { normal: 3, urgent: 1 },
  routingRules: defaultRoutingRules,
};

export const referralSettingsKey = 'referrals';

export async function readReferralSettings(store: Store): Promise<ReferralSettings> {
  const stored = (await store.configuration.get(referralSettingsKey)) as
    | Partial<ReferralSettings>
    | undefined;
  return { ...defaultReferralSettings, ...(stored ?? {}) };
}
