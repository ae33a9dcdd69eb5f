import { describe, expect, it } from 'vitest';
import { orderFactsByCost, recordFactCost } from './fact-order.ts';

describe('orderFactsByCost', () => {
  it('keeps the catalogue order of facts never measured', () => {
    expect(orderFactsByCost(['order_a', 'order_b', 'order_c'], (f) => f)).toEqual([
      'order_a',
      'order_b',
      'order_c',
    ]);
  });

  it('starts the costliest measured fact first, the unmeasured before the measured', () => {
    recordFactCost('cost_small', 20);
    recordFactCost('cost_large', 900);
    recordFactCost('cost_mid', 300);
    const facts = [['cost_small'], ['cost_mid'], ['cost_new'], ['cost_large']] as const;
    expect(orderFactsByCost(facts, ([f]) => f).map(([f]) => f)).toEqual([
      'cost_new',
      'cost_large',
      'cost_mid',
      'cost_small',
    ]);
  });

  it('follows the latest measurement, not the first', () => {
    recordFactCost('later_x', 100);
    recordFactCost('later_y', 50);
    recordFactCost('later_x', 10);
    expect(orderFactsByCost(['later_x', 'later_y'], (f) => f)).toEqual(['later_y', 'later_x']);
  });
});
