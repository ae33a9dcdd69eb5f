import type { Store } from '../ports.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';

/** Settings of the identification procedure (configurable by the administrator). */
export interface IdentificationSettings {
  /** ISO 3166 alpha-2 of the country running the NRM: decides domestic vs foreign, internal vs transnational. */
  countryCode: string;
  /** Working days from the first positive screening to the first formal decision. */
  firstDecisionWorkingDays: number;
  /** Public holidays (YYYY-MM-DD) skipped when counting working days. */
  holidays: string[];
}

export const defaultIdentificationSettings: IdentificationSettings = {
  countryCode: 'AZ',
  firstDecisionWorkingDays: 5,
  holidays: [],
};

const key = 'identification';

export async function readIdentificationSettings(store: Store): Promise<IdentificationSettings> {
  const stored = (await store.configuration.get(key)) as Partial<IdentificationSettings> | undefined;
  return { ...defaultIdentificationSettings, ...(stored ?? {}) };
}

export function checkIdentificationSettings(settings: IdentificationSettings): IdentificationSettings {
  if (!/^[A-Z]{2}$/.test(settings.countryCode))
    throw invalid('The country code must be two capital letters (ISO 3166).');
  if (
    !Number.isInteger(settings.firstDecisionWorkingDays) ||
    settings.firstDecisionWorkingDays < 1 ||
    settings.firstDecisionWorkingDays > 90
  ) {
    throw invalid('The decision deadline must be 1 to 90 working days.');
  }
  if (settings.holidays.some((d) => !isCalendarDate(d)))
    throw invalid('Holidays must be dates (YYYY-MM-DD).');
  return settings;
}

export const identificationSettingsKey = key;
