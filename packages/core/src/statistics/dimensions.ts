import { organisationTypes } from '../organisations/organisation-types.ts';
import { preventionDimensionValues } from './dimensions/prevention-dimensions.ts';
import { prosecutionDimensionValues } from './dimensions/prosecution-dimensions.ts';
import { protectionDimensionValues } from './dimensions/protection-dimensions.ts';

/**
 * The dimensions statistics are broken down by, each with a closed, ordered list of values so
 * that every table adds up (a person falls in exactly one value of each dimension). Labels live
 * in statistics-labels-*.ts; SQL that derives each value lives in the db package's facts. A module
 * keeps its own lists in dimensions/<module>-dimensions.ts and spreads them in here.
 */
export const dimensionValues = {
  /** HTCDS gender folded to what the TIP report, GRETA and UNODC ask. */
  sex: ['female', 'male', 'other', 'unknown'],
  /** At identification (national records) or majority status (CTDC). */
  age_group: ['adult', 'child', 'unknown'],
  /** CTDC's age bands (ours fold 9-11/12-14/15-17 into 9-17). */
  age_band: ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+', 'unknown'],
  /** Mutually exclusive, as the UK NRM and CTDC publish them. */
  exploitation: ['sexual', 'labour', 'sexual_and_labour', 'other', 'unknown'],
  /** Citizen of the reporting country or not. */
  nationality: ['domestic', 'foreign', 'unknown'],
  /** Exploited only inside the country of citizenship, or across a border. */
  trafficking_scope: ['internal', 'transnational', 'unknown'],
  /** State body (police, prosecution, court, other public body) or NGO only. */
  identifying_body: ['state', 'ngo'],
  /** Current status after the first decision; `none` = no decision yet. */
  decision_outcome: ['identified', 'not_victim', 'none'],
  /** First decision against its working-day deadline: on time; late (or still missing after it); pending (not due yet). */
  decision_timeliness: ['on_time', 'late', 'pending'],
  sender_type: organisationTypes,
  recipient_type: organisationTypes,
  referral_status: ['sent', 'accepted', 'declined', 'completed', 'withdrawn'],
  /**
   * Answer against the respond-by date: on time, late, overdue (still unanswered after it),
   * pending (unanswered, not yet due), withdrawn before any answer.
   */
  response_timeliness: ['on_time', 'late', 'overdue', 'pending', 'withdrawn_unanswered'],
  /** Why the recipient saw the identity (or did not). */
  identity_basis: ['consent', 'child_rule', 'override', 'not_shared'],
  /** Whether a consent to share is on record for the person. */
  consent: ['recorded', 'none'],
  ...prosecutionDimensionValues,
  ...protectionDimensionValues,
  ...preventionDimensionValues,
} as const satisfies Record<string, readonly string[]>;

export type DimensionKey = keyof typeof dimensionValues;
export type DimensionValue<D extends DimensionKey> = (typeof dimensionValues)[D][number];

/** Dimensions with many values that are mostly empty: the report drops rows/columns that are zero in both years. */
export const sparseDimensions: readonly DimensionKey[] = [
  'sender_type',
  'recipient_type',
  'responsible_type',
  // Only the currencies amounts were recorded in: most countries' services are paid in one or two.
  'money_currency',
];

export const dimensionKeys = Object.keys(dimensionValues) as DimensionKey[];

export function isDimensionKey(value: string): value is DimensionKey {
  return Object.hasOwn(dimensionValues, value);
}
