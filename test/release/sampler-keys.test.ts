// A bucket counted under several SAMPLER_KEYs may hold one account once per key: its distinct accounts
// are floored to estimate ÷ keys before the thresholds, the notes say so, and DP refuses it.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AggregateSnapshot } from '../../src/aggregate/record.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { releaseNotes } from '../../src/release/release-notes.js';
import { releaseSettings } from '../../src/release/release-settings.js';
import { buildRows } from '../../src/release/build-rows.js';
import { mixedKeyBuckets } from '../../src/release/sampler-keys.js';
import { samplerKeyId } from '../../src/sampler/key-id.js';
import { cell as supportCell } from '../support/snapshots.js';

const taxonomy = loadTaxonomy();
const W1 = '2026-11-16T00:00:00.000Z';
const W2 = '2026-11-23T00:00:00.000Z';
const K1 = 'aaaaaaaaaaaaaaaa';
const K2 = 'bbbbbbbbbbbbbbbb';
const cell = (bucketStart: string, category: string, sampledEvents: number, distinctAccountsEst: number) => supportCell(category, sampledEvents, distinctAccountsEst, { bucketStart });
// The same cells in two buckets; W2 was counted under two keys.
const snapshot: AggregateSnapshot = {
  cells: [W1, W2].flatMap((b) => [cell(b, 'programming', 40, 30), cell(b, 'roleplay', 20, 6), cell(b, 'legal', 12, 6)]),
  pii: [],
  unclassifiedReasons: [],
  samplerKeys: [
    { bucketStart: W1, keyId: K1, count: 72 },
    { bucketStart: W2, keyId: K1, count: 50 },
    { bucketStart: W2, keyId: K2, count: 22 },
  ],
};

describe('buckets counted under several sampler keys', () => {
  it('fingerprints a key as HMAC(key, "prompt-census/key-id") cut to 8 bytes, a different one per key', () => {
    const key = 'k'.repeat(40);
    expect(samplerKeyId(key)).toBe(createHmac('sha256', key).update('prompt-census/key-id').digest().subarray(0, 8).toString('hex'));
    expect(samplerKeyId('j'.repeat(40))).not.toBe(samplerKeyId(key));
  });

  it('floors distinct accounts to estimate ÷ keys there before the thresholds', () => {
    expect(mixedKeyBuckets(snapshot)).toEqual({ [W2]: 2 });
    const rows = buildRows(snapshot, { sampleRate: 0.0025, bucket: 'week', minAccounts: 5, minEvents: 10, taxonomy });
    const released = (b: string) => rows.filter((r) => r.bucketStart === b && !r.suppressed).map((r) => [r.category, r.distinctAccountsEst]);
    // W1: every cell has ≥ 5 accounts. W2: 6 accounts under 2 keys may be 3 people, below MIN_ACCOUNTS;
    // the two small cells cannot form a fold of their own (3 accounts), so all three are folded.
    expect(released(W1)).toEqual([['programming', 30], ['roleplay', 6], ['legal', 6]]);
    expect(released(W2)).toEqual([]);
    expect(rows.find((r) => r.bucketStart === W2 && r.suppressed)).toMatchObject({ sampledEvents: 72, distinctAccountsEst: 15 });
  });

  it('says so in the notes, and a DP release refuses the bucket naming SAMPLER_KEY', () => {
    const plain = loadConfig({ SAMPLER_KEY: 'x'.repeat(32) });
    const counts = { sampleRate: 0.0025, bucket: 'week' as const, mixedSamplerKeys: mixedKeyBuckets(snapshot) };
    const settings = releaseSettings(plain, counts, taxonomy);
    expect(settings.mixedSamplerKeys).toEqual({ [W2]: 2 });
    expect(releaseNotes(settings).find((n) => n.startsWith(`1 bucket (from ${W2}, 2 keys) were counted under more than one SAMPLER_KEY`))).toBeDefined();
    const dp = loadConfig({ SAMPLER_KEY: 'x'.repeat(32), DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '3' });
    expect(() => releaseSettings(dp, counts, taxonomy)).toThrow(`SAMPLER_KEY: the bucket of ${W2} was counted under 2 sampler keys`);
    expect(releaseSettings(plain, { ...counts, mixedSamplerKeys: {} }, taxonomy)).not.toHaveProperty('mixedSamplerKeys');
  });
});
