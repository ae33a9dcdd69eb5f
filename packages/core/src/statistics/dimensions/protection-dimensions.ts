import {
  dischargeReasons,
  fundingSources,
  operatorTypes,
  reportedCurrencyCodes,
  residencePermitStatuses,
  residencePermitTypes,
  residentGroups,
  returnKinds,
  serviceTypes,
} from '../../protection/protection-vocabulary.ts';

/**
 * The protection module's dimensions (closed, ordered; every record falls in exactly one value).
 * Spread into dimensions.ts's `dimensionValues`.
 */
export const protectionDimensionValues = {
  service_type: serviceTypes,
  /** The provider organisation's kind: a state body, an NGO, an international organisation. */
  provider_type: operatorTypes,
  /**
   * The person's standing as at the end of the period: identified with a state body's decision,
   * identified by NGOs only, decided not to be a victim, or still presumed (screened, undecided).
   */
  victim_standing: ['identified_by_state', 'identified_by_ngo_only', 'presumed', 'not_victim'],
  /** The person's latest recorded choice about cooperating with law enforcement, as at the period's end. */
  cooperation: ['willing', 'not_willing', 'not_asked', 'not_recorded'],
  /** Who runs the shelter. */
  operator_type: operatorTypes,
  /** Whether residents may leave the shelter freely. */
  free_movement: ['free', 'restricted'],
  resident_group: residentGroups,
  /** Open at the end of the period, or why the stay ended. */
  stay_end: ['open', ...dischargeReasons],
  permit_type: residencePermitTypes,
  /** Where the application stood at the end of the period. */
  permit_status: residencePermitStatuses,
  return_kind: returnKinds,
  funding_source: fundingSources,
  /** The organisation the money was allocated to. */
  funding_recipient: operatorTypes,
  /** What money was spent on: the service type a payment (or else its allocation) names, where known. */
  spending_service: [...serviceTypes, 'unspecified'],
  /**
   * The currency an amount was recorded in: the national one first (configured-dimensions.ts puts
   * the protection settings' there), then the others with words in the narrative.
   */
  money_currency: reportedCurrencyCodes,
} as const;
