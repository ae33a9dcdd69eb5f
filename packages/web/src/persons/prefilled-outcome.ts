import type { ScreeningOutcome } from './outcome-agreement.ts';

/**
 * The outcome offered before the screener chooses: the recommendation's own, once something is
 * answered (an empty form recommends "not presumed" by default, which is no finding). A
 * presence-only list recommends nothing, so nothing is offered.
 */
export function prefilledOutcome(recommendation: string | null, answered: number): ScreeningOutcome | '' {
  if (answered === 0) return '';
  if (recommendation === 'presumed_victim' || recommendation === 'not_presumed') return recommendation;
  return '';
}
