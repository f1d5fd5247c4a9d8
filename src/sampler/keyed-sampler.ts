// Keyed sampling decision (DESIGN §3): HMAC-SHA256(key, "prompt-census/v1\n" + id), first 8 bytes as
// an unsigned big-endian integer, sampled iff below floor(rate × 2^64). Deterministic across
// processes and languages, unpredictable without the key, and nested across rates.
import { createHmac } from 'node:crypto';
import { createPrefixedHmac, wordsToHex } from './hmac-sha256.js';
import { samplerKeyId } from './key-id.js';

export const SAMPLING_DOMAIN = 'prompt-census/v1\n';

export interface Sampler {
  readonly rate: number;
  /** The decision alone: one HMAC, nothing allocated. This runs on the host's request path. */
  isSampled(id: string): boolean;
  /** Hex of the full HMAC: the job id, so a re-offered id is one job. */
  jobId(id: string): string;
  /** Public fingerprint of the key (key-id.ts), recorded with every sampled job. */
  readonly keyId: string;
}

/**
 * floor(rate × 2^64) as a BigInt. Multiplying a double by 2^64 only shifts its exponent, so the
 * product is exact and every language that does the same float64 arithmetic agrees on the bound.
 */
export function samplingThreshold(rate: number): bigint {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError('sample rate must be within [0, 1]');
  return BigInt(Math.floor(rate * 2 ** 64));
}

/** The reference computation with node:crypto (vectors, tests, anything off the hot path). */
export function samplingHash(key: string | Buffer, id: string): Buffer {
  return createHmac('sha256', key).update(SAMPLING_DOMAIN, 'utf8').update(id, 'utf8').digest();
}

export function createSampler(key: string | Buffer, rate: number): Sampler {
  const threshold = samplingThreshold(rate);
  // u < threshold compared as two unsigned 32-bit halves, so the hot path needs no BigInt.
  const all = threshold === 2n ** 64n;
  const thresholdHigh = Number(threshold >> 32n);
  const thresholdLow = Number(threshold & 0xffffffffn);
  const hmac = createPrefixedHmac(typeof key === 'string' ? Buffer.from(key, 'utf8') : key, SAMPLING_DOMAIN);
  return {
    rate,
    keyId: samplerKeyId(key),
    isSampled(id) {
      if (all) return true;
      const h = hmac(id);
      const high = h[0]! >>> 0;
      return high < thresholdHigh || (high === thresholdHigh && h[1]! >>> 0 < thresholdLow);
    },
    jobId(id) {
      return wordsToHex(hmac(id), 8);
    },
  };
}
