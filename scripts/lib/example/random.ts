/** A seeded random source: the same seed gives the same example data, byte for byte. */
import { randomLcg } from 'd3-random';

export class Random {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = randomLcg(seed);
  }

  next(): number {
    return this.#next();
  }

  int(maxExclusive: number): number {
    return Math.floor(this.#next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: nothing to pick from');
    return items[this.int(items.length)]!;
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** One item, with probability proportional to its weight. */
  weightedPick<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let threshold = this.#next() * total;
    for (const item of items) {
      threshold -= weight(item);
      if (threshold <= 0) return item;
    }
    return items[items.length - 1]!;
  }
}
