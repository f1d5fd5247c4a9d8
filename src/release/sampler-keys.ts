// Buckets counted under more than one SAMPLER_KEY (rotated, or differing between sidecars). An
// account has a different hash under each key, so a cell's distinct-account count may hold it once per
// key, and ACCOUNT_SAMPLE_CAP applied per key. A release takes distinct accounts there as the
// estimate ÷ k, a floor (no account counts more than k times), so MIN_ACCOUNTS is never passed on a
// double count; a DP release, whose per-account bound would be k times what it is calibrated to,
// refuses such buckets (release-settings.ts).
import type { AggregateCell, AggregateSnapshot } from '../aggregate/record.js';
import { valuesByBucket } from './per-bucket.js';

/** Bucket start → number of SAMPLER_KEY fingerprints recorded, for buckets with more than one. */
export function mixedKeyBuckets(snapshot: Pick<AggregateSnapshot, 'samplerKeys'>): Record<string, number> {
  const mixed: Record<string, number> = {};
  for (const [bucketStart, keys] of valuesByBucket(snapshot.samplerKeys, (k) => k.keyId)) if (keys.size > 1) mixed[bucketStart] = keys.size;
  return mixed;
}

/** The cells with distinct accounts floored to estimate ÷ k in buckets counted under k keys. */
export function withKeyFloor(cells: readonly AggregateCell[], mixed: Record<string, number>): AggregateCell[] {
  if (Object.keys(mixed).length === 0) return [...cells];
  return cells.map((c) => {
    const k = mixed[c.bucketStart];
    return k ? { ...c, distinctAccountsEst: Math.floor(c.distinctAccountsEst / k) } : c;
  });
}

export function keyNotes(mixed: Record<string, number> | undefined): string[] {
  const buckets = Object.entries(mixed ?? {});
  if (buckets.length === 0) return [];
  const [first, k] = buckets[0]!;
  return [
    `${buckets.length} bucket${buckets.length === 1 ? '' : 's'} (from ${first}, ${k} keys) were counted under more than one SAMPLER_KEY: an account has another hash under each, so distinct accounts there are taken as the estimate ÷ the number of keys, a floor.`,
  ];
}
