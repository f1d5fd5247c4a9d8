// Uniform random numbers for DP noise. Production draws from the OS CSPRNG (noise that an attacker
// could predict would give no privacy); tests pass a seeded generator to check the distribution.
import { randomFillSync } from 'node:crypto';

/** A source of uniform doubles in [0, 1). */
export type RandomSource = () => number;

const BATCH = 1024;

export function cryptoRandom(): RandomSource {
  const words = new BigUint64Array(BATCH);
  let next = BATCH;
  return () => {
    if (next === BATCH) {
      randomFillSync(words);
      next = 0;
    }
    // The top 53 bits give every double in [0, 1) on a 2^-53 grid with equal probability.
    return Number(words[next++]! >> 11n) / 2 ** 53;
  };
}
