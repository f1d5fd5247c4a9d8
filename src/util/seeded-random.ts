// mulberry32: a tiny seeded PRNG for what must come out the same on every run and machine (model
// training folds and shuffles, benchmark and test data). Never for anything secret: DP noise and keys
// use node:crypto.

/** Uniform floats in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
