import type { Locale } from '../../model.ts';
import { type Evidence, type EvidenceDefinition, type Trend, trendOf } from './assessment-evidence.ts';
import { tableEvidence } from './evidence-definitions.ts';
import { minimumStandards } from './minimum-standards.ts';
import { recordEvidence } from './record-evidence.ts';

export const evidenceDefinitions: readonly EvidenceDefinition[] = [...tableEvidence, ...recordEvidence];

export type AdvisoryTier = 'tier_1' | 'tier_2' | 'tier_2_watch_list' | 'tier_3';

export interface AssessedCriterion {
  key: string;
  standard: 'tvpa' | 'greta';
  reference: string;
  title: string;
  /** The system's verdict from the evidence: improved, unchanged, worse or no data. */
  verdict: Trend;
  evidence: Evidence[];
}

export interface MinimumStandardsAssessment {
  criteria: AssessedCriterion[];
  /** Where the country would be criticised, each once, with the figure behind it. */
  weaknesses: { evidence: string; finding: string; recommendation: string }[];
  /** The system's advisory reading in the TIP tiers' words; never an official ranking. */
  advisory: { tier: AdvisoryTier; text: string };
}

export type FigurePair = { current: number | null; previous: number | null };

function verdictOf(evidence: readonly Evidence[]): Trend {
  const trends = evidence.map((e) => e.trend).filter((t) => t !== 'no_data');
  if (trends.length === 0) return 'no_data';
  const improved = trends.filter((t) => t === 'improved').length;
  const worse = trends.filter((t) => t === 'worse').length;
  return improved > worse ? 'improved' : worse > improved ? 'worse' : 'unchanged';
}

const tierWords: Record<AdvisoryTier, Record<Locale, string>> = {
  tier_1: {
    en: 'Tier 1 (fully meets the minimum standards) is not excluded by these figures.',
    az: 'Bu göstəricilər 1-ci pilləni (Tier 1: minimum standartlara tam cavab verir) istisna etmir.',
    ru: 'Эти показатели не исключают уровня 1 (Tier 1: полностью соответствует минимальным стандартам).',
  },
  tier_2: {
    en: 'Closest to Tier 2: does not fully meet the minimum standards but makes significant efforts.',
    az: '2-ci pilləyə (Tier 2) daha yaxındır: minimum standartlara tam cavab vermir, lakin əhəmiyyətli səylər göstərir.',
    ru: 'Ближе всего к уровню 2 (Tier 2): не полностью соответствует минимальным стандартам, но прилагает значительные усилия.',
  },
  tier_2_watch_list: {
    en: 'At risk of the Tier 2 Watch List: no evidence of increasing efforts compared with the previous year.',
    az: '2-ci pillənin Nəzarət Siyahısına (Tier 2 Watch List) düşmək riski var: əvvəlki illə müqayisədə səylərin artdığına dair sübut yoxdur.',
    ru: 'Есть риск попасть в список наблюдения уровня 2 (Tier 2 Watch List): нет свидетельств наращивания усилий по сравнению с предыдущим годом.',
  },
  tier_3: {
    en: 'At risk of Tier 3: law enforcement and overall efforts fell compared with the previous year.',
    az: '3-cü pilləyə (Tier 3) düşmək riski var: əvvəlki illə müqayisədə hüquq-mühafizə və ümumi səylər azalmışdır.',
    ru: 'Есть риск уровня 3 (Tier 3): правоохранительные и общие усилия сократились по сравнению с предыдущим годом.',
  },
};

const advisoryNote: Record<Locale, string> = {
  en: 'This is the system’s advisory reading of the figures, not an official ranking. ',
  az: 'Bu, sistemin göstəricilərə əsaslanan tövsiyə xarakterli qiymətləndirməsidir və rəsmi reytinq deyil. ',
  ru: 'Это рекомендательная оценка системы по показателям, а не официальный рейтинг. ',
};

/**
 * The minimum-standards self-assessment from the figures alone: each criterion's evidence with
 * its trend, a verdict per criterion, the weaknesses the figures show (the criticism a report
 * would make, before it makes it), and an advisory reading in the TIP tiers' vocabulary.
 */
export function assessMinimumStandards(
  figures: ReadonlyMap<string, FigurePair>,
  locale: Locale,
): MinimumStandardsAssessment {
  const current = new Map([...figures].map(([key, pair]) => [key, pair.current]));
  const evidenceOf = new Map<string, Evidence>();
  for (const definition of evidenceDefinitions) {
    const pair = figures.get(definition.key) ?? { current: null, previous: null };
    const weak =
      definition.weakness && pair.current !== null && definition.weakness.when(pair.current, current)
        ? definition.weakness
        : null;
    evidenceOf.set(definition.key, {
      key: definition.key,
      label: definition.label[locale],
      source: definition.source,
      current: pair.current,
      previous: pair.previous,
      trend: trendOf(pair.current, pair.previous, definition.direction),
      weakness: weak ? weak.finding[locale] : null,
      recommendation: weak ? weak.recommendation[locale] : null,
    });
  }
  const criteria = minimumStandards.map((criterion) => {
    const evidence = criterion.evidence.flatMap((key) => evidenceOf.get(key) ?? []);
    return {
      key: criterion.key,
      standard: criterion.standard,
      reference: criterion.reference,
      title: criterion.title[locale],
      verdict: verdictOf(evidence),
      evidence,
    };
  });
  const weaknesses = [...evidenceOf.values()].flatMap((e) =>
    e.weakness && e.recommendation
      ? [{ evidence: e.key, finding: e.weakness, recommendation: e.recommendation }]
      : [],
  );
  const verdict = (key: string) => criteria.find((c) => c.key === key)?.verdict ?? 'no_data';
  const progress = verdict('tvpa.b11_progress');
  const lawEnforcement = verdict('tvpa.b1_law_enforcement');
  const tier: AdvisoryTier =
    progress === 'worse' && (lawEnforcement === 'worse' || lawEnforcement === 'no_data')
      ? 'tier_3'
      : progress !== 'improved'
        ? 'tier_2_watch_list'
        : weaknesses.length > 0
          ? 'tier_2'
          : 'tier_1';
  return { criteria, weaknesses, advisory: { tier, text: advisoryNote[locale] + tierWords[tier][locale] } };
}
