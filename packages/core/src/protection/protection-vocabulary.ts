/** Value sets of the protection module. Pure data: the web app reaches them through contracts. */

/**
 * The shipped catalogue of services a victim can receive. A country switches entries off in its
 * protection settings (`protection-settings.ts`); the keys stay stable so past records and the
 * report's dimension keep their meaning.
 */
export const serviceTypes = [
  'accommodation',
  'medical',
  'psychological',
  'legal_aid',
  'interpretation',
  'financial_allowance',
  'job_placement',
  'vocational_training',
  'education',
  'family_tracing',
  'assisted_return',
  'reintegration',
  'other',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** How a delivery ended (or that it goes on). */
export const serviceOutcomes = ['ongoing', 'completed', 'discontinued', 'refused_by_person'] as const;
export type ServiceOutcome = (typeof serviceOutcomes)[number];

/**
 * The person's own choice about cooperating with law enforcement, recorded for what it is and
 * never a condition of any service (GRETA art. 12(6)): no use case reads it before acting.
 */
export const cooperationStatuses = ['willing', 'not_willing', 'not_asked'] as const;
export type CooperationStatus = (typeof cooperationStatuses)[number];

export const residencePermitTypes = ['victim_temporary', 'humanitarian', 'permanent', 'other'] as const;
export type ResidencePermitType = (typeof residencePermitTypes)[number];

export const residencePermitStatuses = ['applied', 'granted', 'refused'] as const;
export type ResidencePermitStatus = (typeof residencePermitStatuses)[number];

/**
 * - assisted_voluntary_return: a foreign victim goes home with help, by choice;
 * - repatriation: a citizen victim brought back from abroad;
 * - deportation / removal: forced; of a presumed or identified victim it alerts the coordinator.
 */
export const returnKinds = ['assisted_voluntary_return', 'repatriation', 'deportation', 'removal'] as const;
export type ReturnKind = (typeof returnKinds)[number];
export const forcedReturnKinds: readonly ReturnKind[] = ['deportation', 'removal'];

/** Who runs a shelter or receives money: the report counts by it. */
export const operatorTypes = ['state', 'ngo', 'international_organisation'] as const;
export type OperatorType = (typeof operatorTypes)[number];

export const residentGroups = ['women', 'men', 'children', 'families'] as const;
export type ResidentGroup = (typeof residentGroups)[number];

export const shelterSpecialisations = [
  'sexual_exploitation',
  'labour_exploitation',
  'children',
  'men',
  'women',
  'families',
  'general',
] as const;
export type ShelterSpecialisation = (typeof shelterSpecialisations)[number];

export const dischargeReasons = [
  'recovered',
  'moved_to_other_provider',
  'returned_home',
  'left_by_choice',
  'removed_by_authorities',
  'other',
] as const;
export type DischargeReason = (typeof dischargeReasons)[number];

export const fundingSources = ['state_budget', 'international_donor', 'private_donor', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

/** Reflection and recovery period: at least 30 days (Council of Europe Convention, art. 13). */
export const minimumReflectionDays = 30;

/**
 * The currencies a money table has a column for besides the national one (protection settings):
 * those the narrative has words for (statistics/narrative/protection/currency-words.ts). A column
 * is one currency: amounts are never added across currencies.
 */
export const reportedCurrencyCodes = ['AZN', 'USD', 'EUR', 'GEL', 'RUB', 'TRY'] as const;

/** The national currency first, then the others with a column, each once. */
export function reportedCurrencies(national: string): string[] {
  return [national, ...reportedCurrencyCodes.filter((code) => code !== national)];
}
