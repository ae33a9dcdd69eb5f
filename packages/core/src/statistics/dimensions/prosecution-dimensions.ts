import {
  administrativeMeasures,
  caseVictimRoles,
  openingBodies,
  verdicts,
  victimPenalties,
} from '../../prosecution/prosecution-vocabulary.ts';

/**
 * The prosecution figures' dimensions (closed, ordered lists; every record falls in exactly one
 * value). The SQL deriving each is in db/src/statistics/prosecution-facts.ts.
 */
export const prosecutionDimensionValues = {
  /**
   * Official complicity: a case flagged as involving a public official or with a defendant who
   * is one; for a defendant's figures, whether that defendant is a public official.
   */
  complicity: ['official_involved', 'none'],
  case_opening_body: openingBodies,
  defendant_kind: ['natural_person', 'company'],
  /** The defendant's current verdict (an appeal's replaces the first), placed by the first's day. */
  verdict: verdicts,
  /**
   * The latest sentence (a replaced one counts as its replacement): prison terms in bands from
   * the lower bound up to but not including the upper one (3 years is in "3-6 years"), then the
   * sentences without prison time served.
   */
  sentence_band: [
    'under_1',
    '1_3',
    '3_6',
    '6_8',
    '8_10',
    'over_10',
    'suspended',
    'fine_only',
    'other_non_custodial',
  ],
  /** The latest sentence: prison to be served, suspended, a fine only, or another without prison. */
  sentence_kind: ['prison', 'suspended', 'fine_only', 'other_non_custodial'],
  /** Whether the sentence pronounced first still stands, was reduced, or replaced by one no lighter. */
  sentence_history: ['as_pronounced', 'reduced', 'replaced'],
  /** Where a case pending at the end of the period stood: no one charged yet, or in court. */
  pending_stage: ['investigation', 'court'],
  administrative_measure: administrativeMeasures,
  victim_penalty: victimPenalties,
  victim_role: caseVictimRoles,
} as const satisfies Record<string, readonly string[]>;
