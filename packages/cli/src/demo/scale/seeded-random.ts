/**
 * A small, fast, seedable PRNG (sfc32, seeded through splitmix32). Every person gets its own
 * stream derived from (seed, index), so a person can be generated again on its own, in any
 * pass, without keeping the other persons in memory, and the same seed gives the same country.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    const s = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca6b)) | 0;
    this.a = splitmix32(s + 0x9e3779b9);
    this.b = splitmix32(s + 2 * 0x9e3779b9);
    this.c = splitmix32(s + 3 * 0x9e3779b9);
    this.d = splitmix32(s + 4 * 0x9e3779b9);
    for (let i = 0; i < 8; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of a weighted table (weights need not add up to 1). */
  weighted<T>(table: Weighted<T>): T {
    let r = this.next() * table.total;
    for (const [value, weight] of table.entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return table.entries[table.entries.length - 1]?.[0] as T;
  }

  /** `count` distinct items, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((x, y) => x - y).map((i) => items[i] as T);
  }

  /** A version-4 shaped uuid from this stream (ids must be unique, not secret). */
  uuid(): string {
    const x = hex8(this.uint32());
    const y = hex8(((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0);
    const z = hex8(((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0);
    const w = hex8(this.uint32());
    return `${x}-${y.slice(0, 4)}-${y.slice(4)}-${z.slice(0, 4)}-${z.slice(4)}${w}`;
  }
}

const byteHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Millions of ids: a table lookup per byte is several times faster than toString(16). */
function hex8(n: number): string {
  return (
    (byteHex[n >>> 24] as string) +
    (byteHex[(n >>> 16) & 0xff] as string) +
    (byteHex[(n >>> 8) & 0xff] as string) +
    (byteHex[n & 0xff] as string)
  );
}

function splitmix32(state: number): number {
  let z = state | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

export interface Weighted<T> {
  entries: readonly (readonly [T, number])[];
  total: number;
}

/** A weighted table from `[value, weight]` pairs, summed once. */
export function weights<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  return { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
}
