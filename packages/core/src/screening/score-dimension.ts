import type { PositiveRule, StrengthCounts } from './reason-code.ts';

/**
 * The ILO/EC dimension rule: positive with at least 2 strong; or 1 strong and at least 1 medium
 * or weak; or at least 3 medium; or 2 medium and at least 1 weak. Returns which of the four
 * made it positive (the first that applies, so the reason names the strongest evidence), or null.
 */
export function scoreDimension(counts: StrengthCounts): PositiveRule | null {
  const { strong, medium, weak } = counts;
  if (strong >= 2) return 'two_strong';
  if (strong >= 1 && medium + weak >= 1) return 'strong_and_other';
  if (medium >= 3) return 'three_medium';
  if (medium >= 2 && weak >= 1) return 'two_medium_one_weak';
  return null;
}
