import { expect, it } from 'vitest';
import { FifoMutex } from './fifo-mutex.ts';

it('lets holders in one at a time, in arrival order', async () => {
  const mutex = new FifoMutex();
  const order: string[] = [];
  const holder = async (name: string, work: number) => {
    await mutex.lock();
    order.push(`${name} in`);
    await new Promise((resolve) => setTimeout(resolve, work));
    order.push(`${name} out`);
    mutex.unlock();
  };
  await Promise.all([holder('a', 20), holder('b', 1), holder('c', 5)]);
  expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  expect(mutex.waiting).toBe(0);
});
