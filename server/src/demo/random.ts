import { seededRandom } from '@you-said/surveys';

/**
 * Seeded randomness for the demo data. Everything the demo makes is drawn from here, so the same
 * seed always gives the same councils, answers and comments, on every machine.
 */

/** FNV-1a: turns a label into a 32-bit number, so each part of the demo gets its own stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A stream of random draws. `Random.stream(seed, 'council', 'demo-council')` gives the same
 * draws whatever else was drawn before it, so adding a council or a question to the demo does
 * not reshuffle everything else.
 */
export class Random {
  private spareNormal: number | null = null;

  private constructor(private readonly next: () => number) {}

  static stream(seed: number, ...labels: (string | number)[]): Random {
    return new Random(seededRandom(hash32([seed, ...labels].join('|'))));
  }

  /** a number in [0, 1) */
  float(): number {
    return this.next();
  }

  /** a whole number in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** a number in [min, max) */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** one key of `weights`, with probability proportional to its weight */
  weighted<K extends string>(weights: ReadonlyMap<K, number>): K {
    let total = 0;
    for (const w of weights.values()) total += w;
    if (!(total > 0)) throw new Error('cannot draw from weights that add up to nothing');
    let r = this.next() * total;
    let last: K | undefined;
    for (const [key, w] of weights) {
      if (w <= 0) continue;
      last = key;
      r -= w;
      if (r < 0) return key;
    }
    return last!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** a draw from the standard normal distribution (Box-Muller, using both values it makes) */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** a version 4 UUID made from this stream, so stored ids are reproducible too */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i++) bytes.push(Math.floor(this.next() * 256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
