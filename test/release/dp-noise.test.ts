import { describe, expect, it } from 'vitest';
import { categoryIds, loadTaxonomy } from '../../src/classify/taxonomy.js';
import { noiseCells, planDp } from '../../src/release/dp-noise.js';
import { mulberry32 } from '../support/events.js';
import { cell } from '../support/snapshots.js';

const taxonomy = loadTaxonomy();

describe('DP plan and noised cells', () => {
  it('splits ε over the four counts per dimension and scales noise by the account cap (and token bound)', () => {
    const plan = planDp({ epsilon: 1, delta: 0, accountCap: 3, maxTokensPerEvent: 500, slices: false }, taxonomy);
    expect(plan).toMatchObject({ queries: 4, epsilonPerQuery: 0.25, countScale: 12, tokenScale: 6000, sliceThreshold: null, delta: 0 });
    const sliced = planDp({ epsilon: 1, delta: 1e-6, accountCap: 3, maxTokensPerEvent: 500, slices: true }, taxonomy);
    expect(sliced.queries).toBe(5);
    expect(sliced.sliceThreshold).toBe(3 + Math.ceil(15 * Math.log(3 / 1e-6)));
    expect(() => planDp({ epsilon: 1, delta: 0, accountCap: 3, maxTokensPerEvent: 500, slices: true }, taxonomy)).toThrow(/DP_DELTA/);
  });

  it('noises every category of the public domain, so a row existing says nothing', () => {
    const plan = planDp({ epsilon: 1, delta: 0, accountCap: 2, maxTokensPerEvent: 100, slices: false }, taxonomy);
    const out = noiseCells([cell('programming', 50, 30)], plan, taxonomy, mulberry32(1));
    expect(out.map((c) => c.category).sort()).toEqual([...categoryIds(taxonomy), 'unclassified'].sort());
    for (const c of out) {
      expect(c.sampledEvents).toBeGreaterThanOrEqual(0);
      expect(c.distinctAccountsEst).toBeLessThanOrEqual(c.sampledEvents);
    }
  });

  it('drops a model slice held up by one account (below τ) and keeps a large one', () => {
    const plan = planDp({ epsilon: 1, delta: 1e-6, accountCap: 2, maxTokensPerEvent: 100, slices: true }, taxonomy);
    const cells = [cell('programming', 2, 1, { model: 'rare-model' }), cell('programming', 5000, 900, { model: 'big-model' })];
    const out = noiseCells(cells, plan, taxonomy, mulberry32(2));
    expect(new Set(out.map((c) => c.model))).toEqual(new Set(['big-model']));
  });
});
