/** Lets the next waiter in, or gives the place up when none waits. Call once. */
export type LeaveGate = () => void;

export interface KeyedGate {
  /** Waits for one of `limit` places on `key` in this process; null when `timeoutMs` passes first. */
  enter(key: string, limit: number, timeoutMs: number): Promise<LeaveGate | null>;
}

/**
 * In-process places per key, handed on in arrival order. The database decides the limits; this
 * only keeps waiting attempts from polling it: without it, 60 concurrent sign-ins on one account
 * would each ask the database again and again while the first five are evaluated, and on the
 * embedded database (one session for everything) that queue delays every other request.
 */
export function createKeyedGate(): KeyedGate {
  const gates = new Map<string, { holders: number; queue: (() => void)[] }>();

  const leaverOf = (key: string): LeaveGate => {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const gate = gates.get(key);
      if (!gate) return;
      const next = gate.queue.shift();
      if (next) return next(); // the place passes on: holders stays the same
      gate.holders -= 1;
      if (gate.holders === 0) gates.delete(key);
    };
  };

  return {
    async enter(key, limit, timeoutMs) {
      let gate = gates.get(key);
      if (!gate) {
        gate = { holders: 0, queue: [] };
        gates.set(key, gate);
      }
      if (gate.holders < limit) {
        gate.holders += 1;
        return leaverOf(key);
      }
      const waiting = gate;
      const entered = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiting.queue.splice(waiting.queue.indexOf(wake), 1);
          resolve(false);
        }, timeoutMs);
        waiting.queue.push(wake);
      });
      return entered ? leaverOf(key) : null;
    },
  };
}
