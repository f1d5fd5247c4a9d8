// A small seeded PRNG (mulberry32) so that shuffles and folds are the same on every run and machine;
// Math.random is never used in training.

import { seededRandom } from '../../src/util/seeded-random.js';

export type Random = () => number;

export { seededRandom };

/** Fisher–Yates shuffle in place. */
export function shuffle<T extends { length: number; [i: number]: unknown }>(items: T, random: Random): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
