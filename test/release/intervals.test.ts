// Coverage of the released 95% intervals at the default sample rate (0.25%): a population with known
// shares is sampled event by event with a seeded PRNG (Bernoulli per event, as the keyed sampler
// behaves), and we count how often each interval holds the truth.
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { buildRows } from '../../src/release/build-rows.js';
import { estimatedTotalInterval } from '../../src/release/intervals.js';
import { mulberry32 } from '../support/events.js';
import { cell } from '../support/snapshots.js';

const RATE = 0.0025;
const taxonomy = loadTaxonomy();

/** Binomial(n, p) by skipping geometric gaps between successes: exact, O(successes). */
function binomial(n: number, p: number, random: () => number): number {
  let k = 0;
  let i = -1;
  const logq = Math.log1p(-p);
  for (;;) {
    i += Math.floor(Math.log(1 - random()) / logq) + 1;
    if (i >= n) return k;
    k++;
  }
}

// A week of 400,000 events: realistic, uneven shares (the study's programming-heavy mix).
const POPULATION: Record<string, number> = {
  programming: 160_000, roleplay: 80_000, creative_writing: 40_000, translation: 30_000, general_qa: 28_000,
  education: 20_000, science: 14_000, technology: 12_000, health: 8_000, finance: 8_000,
};
const CLASSIFIED = Object.values(POPULATION).reduce((s, n) => s + n, 0);

describe('interval coverage at SAMPLE_RATE 0.0025', () => {
  const random = mulberry32(7);
  const replicates = 1_000;
  const hits = { share: 0, shareTotal: 0, estimate: 0, estimateTotal: 0 };
  const perCategory = new Map<string, number>();
  for (let r = 0; r < replicates; r++) {
    const cells = Object.entries(POPULATION).map(([category, n]) => {
      const sampled = binomial(n, RATE, random);
      return cell(category, sampled, sampled);
    }).filter((c) => c.sampledEvents > 0);
    const rows = buildRows({ cells, pii: [], unclassifiedReasons: [] }, { sampleRate: RATE, bucket: 'week', minAccounts: 0, minEvents: 1, taxonomy });
    for (const row of rows) {
      const truth = POPULATION[row.category]!;
      hits.estimateTotal++;
      if (row.estimatedEventsCi95[0] <= truth && truth <= row.estimatedEventsCi95[1]) hits.estimate++;
      // Every category is released here, so the denominator is all classified events.
      const share = truth / CLASSIFIED;
      hits.shareTotal++;
      const covered = row.shareCi95![0] <= share && share <= row.shareCi95![1];
      if (covered) hits.share++;
      perCategory.set(row.category, (perCategory.get(row.category) ?? 0) + (covered ? 1 : 0));
    }
  }

  it('request-share intervals (Wilson) cover the true share ≥ 94% of the time', () => {
    expect(hits.shareTotal).toBe(replicates * Object.keys(POPULATION).length);
    expect(hits.share / hits.shareTotal).toBeGreaterThanOrEqual(0.94);
    for (const [category, covered] of perCategory) expect(covered / replicates, category).toBeGreaterThanOrEqual(0.92);
  });

  it('estimated-total intervals cover the true event count ≥ 94% of the time', () => {
    expect(hits.estimate / hits.estimateTotal).toBeGreaterThanOrEqual(0.94);
  });

  it('the total interval collapses to the count at rate 1 and widens with DP noise', () => {
    expect(estimatedTotalInterval(17, 1)).toEqual([17, 17]);
    const plain = estimatedTotalInterval(100, RATE);
    const noised = estimatedTotalInterval(100, RATE, 50);
    expect(noised[0]).toBeLessThan(plain[0]);
    expect(noised[1]).toBeGreaterThan(plain[1]);
  });
});
