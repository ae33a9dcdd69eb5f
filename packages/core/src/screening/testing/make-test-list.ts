import type { DimensionRole, Indicator, IndicatorList, IndicatorStrength } from '../indicator-list.ts';

/**
 * A small ILO/EC-shaped list for tests: six dimensions (one per role), each with two strong,
 * three medium and two weak indicators keyed '<dimension>.s1', '.m1', '.w1' and so on, so each
 * test can reach any count in any dimension without depending on the shipped data.
 */
export const testDimensions: Record<string, DimensionRole> = {
  dr: 'deceptive_recruitment',
  cr: 'coercive_recruitment',
  rv: 'recruitment_abuse_of_vulnerability',
  ex: 'exploitative_conditions',
  cd: 'coercion_at_destination',
  vd: 'abuse_of_vulnerability_at_destination',
};

const text = (en: string) => ({ en, az: `${en} (az)`, ru: `${en} (ru)` });
const tiers: [string, IndicatorStrength][] = [
  ['s1', 'strong'],
  ['s2', 'strong'],
  ['m1', 'medium'],
  ['m2', 'medium'],
  ['m3', 'medium'],
  ['w1', 'weak'],
  ['w2', 'weak'],
];

export function makeTestList(overrides: Partial<IndicatorList> = {}): IndicatorList {
  const indicators: Indicator[] = Object.keys(testDimensions).flatMap((dimension) =>
    tiers.map(([suffix, strength]) => ({
      key: `${dimension}.${suffix}`,
      dimension,
      strength,
      label: text(`${dimension} ${suffix}`),
    })),
  );
  return {
    key: 'test-list',
    version: 3,
    title: text('Test list'),
    description: text('For tests'),
    population: 'any',
    exploitation: 'any',
    rule: 'ilo_ec_2009',
    dimensions: Object.entries(testDimensions).map(([key, role]) => ({ key, role, title: text(key) })),
    indicators,
    ...overrides,
  };
}
