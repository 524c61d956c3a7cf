/**
 * mulberry32: a tiny, fast seeded generator of numbers in [0, 1). The same seed gives the same
 * draws on every run and machine, which is all the synthetic answers (demo data, property tests,
 * benchmark data) need. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
