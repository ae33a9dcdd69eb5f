import type { DimensionRole } from './indicator-list.ts';

/** Indicators answered 'yes' in a dimension, by strength. */
export interface StrengthCounts {
  strong: number;
  medium: number;
  weak: number;
}

/** The four ways a dimension becomes positive (docs/standards/indicators.md), in the order tried. */
export const positiveRules = [
  'two_strong',
  'strong_and_other',
  'three_medium',
  'two_medium_one_weak',
] as const;
export type PositiveRule = (typeof positiveRules)[number];

/**
 * Why the scorer recommends what it does, as codes with parameters rather than sentences: the
 * web phrases them in the screener's language (describeReason) and a stored screening keeps them
 * unchanged, whatever language later reads it.
 */
export type ReasonCode =
  | {
      code: 'dimension_positive';
      dimension: string;
      role: DimensionRole;
      rule: PositiveRule;
      counts: StrengthCounts;
    }
  | { code: 'dimension_not_positive'; dimension: string; role: DimensionRole; counts: StrengthCounts }
  /** presence_only lists: how many indicators of the dimension are present, nothing decided. */
  | { code: 'dimension_not_scored'; dimension: string; role: DimensionRole; present: number }
  | { code: 'adult_rule_met' }
  | { code: 'child_rule_met' }
  | { code: 'recruitment_missing' }
  | { code: 'exploitation_missing' }
  | { code: 'destination_missing' }
  | { code: 'child_means_not_required' }
  /**
   * A child with no positive recruitment dimension: the list's recruitment indicators are all
   * means, so a child recruited without any can never be positive; the screener is told so.
   */
  | { code: 'child_recruitment_needs_means' }
  | { code: 'presence_only'; present: number }
  /** More answers could still change the result, so the screener should know some are open. */
  | { code: 'unanswered_indicators'; count: number };

export type ReasonCodeName = ReasonCode['code'];
