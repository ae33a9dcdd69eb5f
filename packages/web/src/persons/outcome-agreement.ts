import type { ScreeningRecommendation } from '@opennrm/contracts/screening';
import type { ScreeningInput } from '../api/types.ts';

export type ScreeningOutcome = ScreeningInput['outcome'];

/**
 * Which outcomes agree with each recommendation; the server applies the same table and refuses
 * a disagreeing outcome without a reason (422). A presence-only list recommends nothing, so any
 * outcome agrees with it; "inconclusive" does not contradict a negative recommendation.
 */
const agreeing: Record<ScreeningRecommendation, readonly ScreeningOutcome[]> = {
  presumed_victim: ['presumed_victim'],
  not_presumed: ['not_presumed', 'inconclusive'],
  not_applicable: ['presumed_victim', 'not_presumed', 'inconclusive'],
};

export function outcomeAgrees(recommendation: string, outcome: ScreeningOutcome): boolean {
  return (agreeing[recommendation as ScreeningRecommendation] ?? []).includes(outcome);
}

/** The reason is required only once an outcome is chosen and it departs from the recommendation. */
export function outcomeReasonRequired(
  recommendation: string | null,
  outcome: ScreeningOutcome | '',
): boolean {
  if (recommendation === null || outcome === '') return false;
  return !outcomeAgrees(recommendation, outcome);
}
