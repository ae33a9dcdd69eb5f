/**
 * A first-in-first-out lock. Waiters are let in in arrival order, so a steady stream of short
 * queries cannot starve a transaction that is waiting for the session.
 */
export class FifoMutex {
  #locked = false;
  readonly #waiters: (() => void)[] = [];

  async lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  /** Hands the lock straight to the next waiter (it stays locked) or frees it. */
  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }

  get waiting(): number {
    return this.#waiters.length;
  }
}
