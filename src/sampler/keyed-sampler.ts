// Keyed sampling decision (DESIGN §3): HMAC-SHA256(key, "prompt-census/v1\n" + id), first 8 bytes as
// an unsigned big-endian integer, sampled iff below floor(rate × 2^64). Deterministic across
// processes and languages, unpredictable without the key, and nested across rates.
import { createHmac } from 'node:crypto';

export const SAMPLING_DOMAIN = 'prompt-census/v1\n';

export interface SampleDecision {
  sampled: boolean;
  /** Full HMAC; its hex is the job id, so a re-offered id is one job. */
  hash: Buffer;
}

export interface Sampler {
  readonly rate: number;
  decide(id: string): SampleDecision;
}

/**
 * floor(rate × 2^64) as a BigInt. Multiplying a double by 2^64 only shifts its exponent, so the
 * product is exact and every language that does the same float64 arithmetic agrees on the bound.
 */
export function samplingThreshold(rate: number): bigint {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError('sample rate must be within [0, 1]');
  return BigInt(Math.floor(rate * 2 ** 64));
}

export function samplingHash(key: string | Buffer, id: string): Buffer {
  return createHmac('sha256', key).update(SAMPLING_DOMAIN, 'utf8').update(id, 'utf8').digest();
}

export function createSampler(key: string | Buffer, rate: number): Sampler {
  const threshold = samplingThreshold(rate);
  const keyBytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  return {
    rate,
    decide(id) {
      const hash = samplingHash(keyBytes, id);
      return { sampled: hash.readBigUInt64BE(0) < threshold, hash };
    },
  };
}
