// Differential privacy is calibrated to ACCOUNT_SAMPLE_CAP and MAX_TOKENS_PER_EVENT; a release refuses
// when the store says its counts were made under a larger cap or token bound (or none), since the
// noise would then promise more privacy than it gives.
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors/index.js';
import { releaseNotes } from '../../src/release/release-notes.js';
import { releaseSettings, type CountSettings } from '../../src/release/release-settings.js';
import { categoriesOutside } from '../../src/release/taxonomy-check.js';

const taxonomy = loadTaxonomy();
const B = '2026-11-23T00:00:00.000Z';
const config = loadConfig({ SAMPLER_KEY: 'x'.repeat(32), DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '3', MAX_TOKENS_PER_EVENT: '2000' });
const counts = (over: Partial<CountSettings> = {}): CountSettings => ({ sampleRate: 0.0025, bucket: 'week', ...over });
const refusal = (c: CountSettings) => {
  try {
    releaseSettings(config, c, taxonomy);
  } catch (err) {
    return err as ConfigError;
  }
  return undefined;
};

describe('releaseSettings with differential privacy', () => {
  it('accepts counts made under the same or a smaller cap and token bound, and counts that recorded none', () => {
    for (const c of [
      counts(),
      counts({ accountCaps: [{ bucketStart: B, cap: 3, count: 10 }], tokenBounds: [{ bucketStart: B, maxTokens: 2000, count: 10 }] }),
      counts({ accountCaps: [{ bucketStart: B, cap: 2, count: 10 }], tokenBounds: [{ bucketStart: B, maxTokens: 500, count: 10 }] }),
    ]) {
      expect(refusal(c)).toBeUndefined();
    }
  });

  it('refuses counts made without a cap or under a larger one, naming ACCOUNT_SAMPLE_CAP and the bucket', () => {
    const none = refusal(counts({ accountCaps: [{ bucketStart: B, cap: 3, count: 4 }, { bucketStart: B, cap: 0, count: 6 }] }));
    expect(none).toBeInstanceOf(ConfigError);
    expect(none!.variable).toBe('ACCOUNT_SAMPLE_CAP');
    expect(none!.message).toBe(`ACCOUNT_SAMPLE_CAP: is 3, but the store counted 6 events of the bucket of ${B} without a per-account cap; DP noise must be calibrated to the cap actually enforced`);
    expect(refusal(counts({ accountCaps: [{ bucketStart: B, cap: 5, count: 1 }] }))!.message).toMatch(/under a cap of 5/);
  });

  it('refuses counts whose tokens were clipped to a larger bound, naming MAX_TOKENS_PER_EVENT', () => {
    const err = refusal(counts({ tokenBounds: [{ bucketStart: B, maxTokens: 1_000_000, count: 2 }] }));
    expect(err!.variable).toBe('MAX_TOKENS_PER_EVENT');
    expect(err!.message).toMatch(/clipped to 1000000 only/);
  });

  it('checks nothing of the kind without DP', () => {
    const plain = loadConfig({ SAMPLER_KEY: 'x'.repeat(32) });
    expect(() => releaseSettings(plain, counts({ accountCaps: [{ bucketStart: B, cap: 0, count: 6 }] }), taxonomy)).not.toThrow();
  });
});

describe('releaseSettings: model/app slices', () => {
  it('selects slices under DP when the counts hold them, though this process sets no DIMENSIONS', () => {
    const noDims = loadConfig({ SAMPLER_KEY: 'x'.repeat(32), DP_EPSILON: '1', DP_DELTA: '1e-6', ACCOUNT_SAMPLE_CAP: '3' });
    expect(releaseSettings(noDims, counts({ sliced: true }), taxonomy).dp!.sliceThreshold).not.toBeNull();
    expect(releaseSettings(noDims, counts({ sliced: false }), taxonomy).dp!.sliceThreshold).toBeNull();
    // Without DP_DELTA there is no slice selection to run: refused, naming the variable.
    const noDelta = loadConfig({ SAMPLER_KEY: 'x'.repeat(32), DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '3' });
    expect(() => releaseSettings(noDelta, counts({ sliced: true }), taxonomy)).toThrow(/DP_DELTA/);
  });
});

describe('categories outside the taxonomy', () => {
  it('lists each counted dimension/category the taxonomy lacks once, unclassified and known ones not at all', () => {
    const cells = [
      { dimension: 'topic', category: 'programming' },
      { dimension: 'topic', category: 'unclassified' },
      { dimension: 'topic', category: 'astrology' },
      { dimension: 'topic', category: 'astrology' },
      { dimension: 'tone', category: 'casual' },
    ];
    expect(categoriesOutside(cells, taxonomy)).toEqual(['tone/casual', 'topic/astrology']);
    const plain = loadConfig({ SAMPLER_KEY: 'x'.repeat(32) });
    const settings = releaseSettings(plain, counts({ outsideTaxonomy: categoriesOutside(cells, taxonomy) }), taxonomy);
    expect(releaseNotes(settings)).toContain('The counts hold categories this taxonomy (TAXONOMY_FILE) does not have, released without shares: tone/casual, topic/astrology.');
    expect(releaseSettings(plain, counts({ outsideTaxonomy: [] }), taxonomy)).not.toHaveProperty('outsideTaxonomy');
  });
});
