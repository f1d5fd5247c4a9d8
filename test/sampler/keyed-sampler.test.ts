import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSampler, samplingHash, samplingThreshold } from '../../src/sampler/keyed-sampler.js';
import { hashAccount } from '../../src/sampler/account-hash.js';
import { packagePath } from '../../src/util/package-root.js';

interface Vector { key: string; id: string; rate: number; hmacHex: string; u: string; threshold: string; sampled: boolean }
const { vectors } = JSON.parse(readFileSync(packagePath('schemas', 'sampling-vectors.json'), 'utf8')) as { vectors: Vector[] };

describe('keyed sampler', () => {
  it('ships at least 20 vectors covering rates 0 and 1, several keys and non-ASCII ids', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(20);
    expect(vectors.some((v) => v.rate === 0)).toBe(true);
    expect(vectors.some((v) => v.rate === 1)).toBe(true);
    expect(new Set(vectors.map((v) => v.key)).size).toBeGreaterThanOrEqual(3);
    expect(vectors.some((v) => /[^\x00-\x7f]/.test(v.id))).toBe(true);
  });

  it.each(vectors.map((v, i) => [i, v] as const))('reproduces vector %i', (_i, v) => {
    expect(samplingHash(v.key, v.id).toString('hex')).toBe(v.hmacHex);
    expect(samplingThreshold(v.rate).toString()).toBe(v.threshold);
    const sampler = createSampler(v.key, v.rate);
    expect(sampler.isSampled(v.id)).toBe(v.sampled);
    expect(sampler.jobId(v.id)).toBe(v.hmacHex);
  });

  it('samples nothing at rate 0 and everything at rate 1', () => {
    const none = createSampler('k'.repeat(32), 0);
    const all = createSampler('k'.repeat(32), 1);
    for (let i = 0; i < 2000; i++) {
      expect(none.isSampled(`id-${i}`)).toBe(false);
      expect(all.isSampled(`id-${i}`)).toBe(true);
    }
  });

  it('is nested: raising the rate keeps every id sampled before', () => {
    const key = 'nested-key-nested-key-nested-key!';
    const low = createSampler(key, 0.01);
    const high = createSampler(key, 0.05);
    let lowCount = 0;
    for (let i = 0; i < 20_000; i++) {
      if (low.isSampled(`r${i}`)) {
        lowCount++;
        expect(high.isSampled(`r${i}`)).toBe(true);
      }
    }
    expect(lowCount).toBeGreaterThan(0);
  });

  it('depends on the key: another key picks other ids', () => {
    const a = createSampler('a'.repeat(32), 0.1);
    const b = createSampler('b'.repeat(32), 0.1);
    const ids = Array.from({ length: 5000 }, (_, i) => `x${i}`);
    const pickedA = ids.filter((id) => a.isSampled(id));
    const pickedB = new Set(ids.filter((id) => b.isSampled(id)));
    const overlap = pickedA.filter((id) => pickedB.has(id)).length;
    // Independent 10% samples of 5,000 overlap by about 50; identical ones would overlap by ~500.
    expect(overlap).toBeLessThan(pickedA.length / 2);
  });

  it('rejects rates outside [0, 1]', () => {
    expect(() => samplingThreshold(1.5)).toThrow(RangeError);
    expect(() => samplingThreshold(Number.NaN)).toThrow(RangeError);
  });

  it('hashes accounts to 16 bytes, keyed', () => {
    const h = hashAccount('k'.repeat(32), 'acct-1');
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(hashAccount('j'.repeat(32), 'acct-1')).not.toBe(h);
  });

  it('hashes accounts as node:crypto does: the first 16 bytes of HMAC-SHA256(key, accountId), in hex', () => {
    const key = 'k'.repeat(32);
    // Random ids and lengths, so every byte value shows up in some digest.
    for (let i = 0; i < 2_000; i++) {
      const accountId = randomBytes(i % 97).toString('base64') + String.fromCodePoint(0x41 + (i % 3000));
      const expected = createHmac('sha256', key).update(accountId, 'utf8').digest().subarray(0, 16).toString('hex');
      expect(hashAccount(key, accountId)).toBe(expected);
    }
  });
});
