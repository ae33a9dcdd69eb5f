import type { ExploitationForm } from './identification-vocabulary.ts';

/**
 * Mapping between our values and HTCDS 2.0 (docs/standards/htcds.md). Most value sets are HTCDS's
 * own; the differences are here, in one place.
 */
export const isicSectionNames: Record<string, string> = {
  A: 'AgricultureForestryAndFishing',
  B: 'MiningAndQuarrying',
  C: 'Manufacturing',
  D: 'ElectricityGasSteamAndAirConditioningSupply',
  E: 'WaterSupplySewerageWasteManagementAndRemediationActivities',
  F: 'Construction',
  G: 'WholesaleAndRetailTradeRepairOfMotorVehiclesAndMotorcycles',
  H: 'TransportationAndStorage',
  I: 'AccommodationAndFoodServiceActivities',
  J: 'InformationAndCommunication',
  K: 'FinancialAndInsuranceActivities',
  L: 'RealEstateActivities',
  M: 'ProfessionalScientificAndTechnicalActivities',
  N: 'AdministrativeAndSupportServiceActivities',
  O: 'PublicAdministrationAndDefenceCompulsorySocialSecurity',
  P: 'Education',
  Q: 'HumanHealthAndSocialWorkActivities',
  R: 'ArtsEntertainmentAndRecreation',
  S: 'OtherServiceActivities',
  T: 'ActivitiesOfHouseholdsAsEmployers',
  U: 'ActivitiesOfExtraterritorialOrganizations',
};

/** Our three extra forms have no HTCDS value of their own. */
export function toHtcdsForm(form: ExploitationForm): string {
  if (form === 'DomesticServitude') return 'Servitude';
  if (form === 'ForcedCriminality') return 'Other';
  return form;
}

export const htcdsStatus = {
  presumed: 'PossibleVictimOfTrafficking',
  identified: 'ActualVictimOfTrafficking',
  not_victim: 'NotAVictimOfTrafficking',
} as const;

/** HTCDS spells one value "Unaquainted"; we read both spellings and write theirs. */
export function toHtcdsRelationship(value: string | null): string | null {
  return value === 'Unacquainted' ? 'Unaquainted' : value;
}

export function fromHtcdsRelationship(value: unknown): 'Familial' | 'Acquainted' | 'Unacquainted' | null {
  if (value === 'Unaquainted' || value === 'Unacquainted') return 'Unacquainted';
  if (value === 'Familial' || value === 'Acquainted') return value;
  return null;
}

/** ISO 639-1 (what we store) to ISO 639-2 (what HTCDS asks) for the region's languages. */
const iso6392: Record<string, string> = {
  az: 'aze',
  ru: 'rus',
  en: 'eng',
  tr: 'tur',
  uz: 'uzb',
  kk: 'kaz',
  tg: 'tgk',
  tk: 'tuk',
  ky: 'kir',
  fa: 'fas',
  ka: 'kat',
  hy: 'hye',
  uk: 'ukr',
  zh: 'zho',
  tl: 'tgl',
  ar: 'ara',
  hi: 'hin',
  ur: 'urd',
};

export function toIso6392(code: string): string {
  return iso6392[code] ?? code;
}

export function fromIso6392(code: string): string {
  return Object.entries(iso6392).find(([, three]) => three === code)?.[0] ?? code;
}
