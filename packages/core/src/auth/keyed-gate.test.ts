import { describe, expect, it } from 'vitest';
import { createKeyedGate } from './keyed-gate.ts';

describe('createKeyedGate', () => {
  it('lets `limit` in per key, hands places on in arrival order, and keys are independent', async () => {
    const gate = createKeyedGate();
    const first = await gate.enter('a', 2, 1000);
    const second = await gate.enter('a', 2, 1000);
    const entered: string[] = [];
    const third = gate.enter('a', 2, 1000).then((leave) => {
      entered.push('third');
      return leave;
    });
    const fourth = gate.enter('a', 2, 1000).then((leave) => {
      entered.push('fourth');
      return leave;
    });
    await expect(gate.enter('b', 2, 1000)).resolves.toBeTypeOf('function');
    second?.();
    second?.(); // leaving twice frees one place only
    await third;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(entered).toEqual(['third']);
    first?.();
    await fourth;
    expect(entered).toEqual(['third', 'fourth']);
  });

  it('gives up after the timeout, and the place is not lost', async () => {
    const gate = createKeyedGate();
    const only = await gate.enter('a', 1, 1000);
    await expect(gate.enter('a', 1, 20)).resolves.toBeNull();
    only?.();
    await expect(gate.enter('a', 1, 20)).resolves.toBeTypeOf('function');
  });
});
