import { destinationRoles, type IndicatorList, recruitmentRoles } from './indicator-list.ts';
import {
  readScreeningAnswers,
  type ScreenedPopulation,
  type ScreeningAnswer,
} from './read-screening-answers.ts';
import type { ReasonCode, StrengthCounts } from './reason-code.ts';
import { scoreDimension } from './score-dimension.ts';

export const screeningRecommendations = ['presumed_victim', 'not_presumed', 'not_applicable'] as const;
export type ScreeningRecommendation = (typeof screeningRecommendations)[number];

export interface DimensionScore {
  key: string;
  role: IndicatorList['dimensions'][number]['role'];
  /** Always false for presence_only lists, which score no dimension. */
  positive: boolean;
  counts: StrengthCounts;
  /** Indicators answered 'yes', whatever their strength (presence_only lists have none). */
  present: number;
  reason: ReasonCode;
}

export interface ScreeningScore {
  /** What a stored screening must keep to be re-read later: lists change only by new versions. */
  list: { key: string; version: number };
  recommendation: ScreeningRecommendation;
  dimensions: DimensionScore[];
  /** Keys answered 'yes', in list order. */
  present: string[];
  /** Keys answered 'unknown' or not at all, in list order: they count as not present. */
  unanswered: string[];
  /** The conclusion first, then the positive dimensions behind it, then what is still open. */
  reasons: ReasonCode[];
}

/**
 * Scores a screening by its list's rule. Pure and fast, with no Node built-ins: the web form
 * calls it on every answer, and the server calls it again before storing, so both agree.
 * Throws validation_failed for conflicting input (see readScreeningAnswers).
 */
export function scoreScreening(
  list: IndicatorList,
  answers: readonly ScreeningAnswer[],
  population: ScreenedPopulation,
): ScreeningScore {
  const byIndicator = readScreeningAnswers(list, answers, population);
  const present = list.indicators.filter((i) => byIndicator.get(i.key) === 'yes').map((i) => i.key);
  const unanswered = list.indicators
    .filter((i) => byIndicator.get(i.key) === undefined || byIndicator.get(i.key) === 'unknown')
    .map((i) => i.key);
  const scored = list.rule === 'ilo_ec_2009';

  const dimensions = list.dimensions.map((dimension): DimensionScore => {
    const counts: StrengthCounts = { strong: 0, medium: 0, weak: 0 };
    let yes = 0;
    for (const indicator of list.indicators) {
      if (indicator.dimension !== dimension.key || byIndicator.get(indicator.key) !== 'yes') continue;
      yes += 1;
      if (indicator.strength !== null) counts[indicator.strength] += 1;
    }
    const base = { dimension: dimension.key, role: dimension.role };
    const rule = scored ? scoreDimension(counts) : null;
    const reason: ReasonCode = !scored
      ? { code: 'dimension_not_scored', ...base, present: yes }
      : rule === null
        ? { code: 'dimension_not_positive', ...base, counts }
        : { code: 'dimension_positive', ...base, rule, counts };
    return {
      key: dimension.key,
      role: dimension.role,
      positive: rule !== null,
      counts,
      present: yes,
      reason,
    };
  });

  const open: ReasonCode[] =
    unanswered.length > 0 ? [{ code: 'unanswered_indicators', count: unanswered.length }] : [];
  const result = { list: { key: list.key, version: list.version }, dimensions, present, unanswered };
  if (!scored) {
    return {
      ...result,
      recommendation: 'not_applicable',
      reasons: [{ code: 'presence_only', present: present.length }, ...open],
    };
  }

  const positive = (roles: readonly string[]) => dimensions.some((d) => d.positive && roles.includes(d.role));
  const missing: ReasonCode[] = [];
  if (!positive(recruitmentRoles)) missing.push({ code: 'recruitment_missing' });
  if (!positive(['exploitative_conditions'])) missing.push({ code: 'exploitation_missing' });
  // Palermo Protocol art. 3(c): for a child the means are not required, so destination is not asked.
  if (population === 'adult' && !positive(destinationRoles)) missing.push({ code: 'destination_missing' });

  const conclusion: ReasonCode[] =
    missing.length > 0 ? missing : [{ code: population === 'adult' ? 'adult_rule_met' : 'child_rule_met' }];
  const childNote: ReasonCode[] =
    population !== 'child'
      ? []
      : positive(recruitmentRoles)
        ? [{ code: 'child_means_not_required' }]
        : [{ code: 'child_means_not_required' }, { code: 'child_recruitment_needs_means' }];
  const because = dimensions.filter((d) => d.positive).map((d) => d.reason);
  return {
    ...result,
    recommendation: missing.length > 0 ? 'not_presumed' : 'presumed_victim',
    reasons: [...conclusion, ...childNote, ...because, ...open],
  };
}
