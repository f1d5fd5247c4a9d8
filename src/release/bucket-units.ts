// The BUCKET unit each bucket was counted in. Jobs record the unit their bucket start was computed
// in, and the stores count jobs per bucket start and unit. Rows are labelled with that unit, not the
// reporting process's BUCKET. Two units at one bucket start happen when BUCKET changed on one
// KEY_PREFIX: a day and the week starting that Monday share `agg:<start>`, and no release can split
// their counts again, so a release refuses such a bucket (release-settings.ts).
import type { BucketUnit } from '../aggregate/bucket.js';
import type { AggregateSnapshot } from '../aggregate/record.js';
import { valuesByBucket } from './per-bucket.js';

/** Bucket start → the units its counted jobs recorded (sorted); buckets with none recorded are absent. */
export function recordedUnits(snapshot: Pick<AggregateSnapshot, 'bucketUnits'>): Map<string, BucketUnit[]> {
  return new Map([...valuesByBucket(snapshot.bucketUnits, (u) => u.bucket)].map(([bucketStart, units]) => [bucketStart, [...units].sort()]));
}

/** Buckets counted in more than one unit → those units. */
export function mixedUnitBuckets(recorded: Map<string, BucketUnit[]>): Record<string, BucketUnit[]> {
  const mixed: Record<string, BucketUnit[]> = {};
  for (const [bucketStart, units] of recorded) if (units.length > 1) mixed[bucketStart] = units;
  return mixed;
}

/** Buckets counted in one unit other than `configured` (BUCKET) → that unit: what the audit entry records. */
export function unitsOtherThan(recorded: Map<string, BucketUnit[]>, configured: BucketUnit): Record<string, BucketUnit> {
  const other: Record<string, BucketUnit> = {};
  for (const [bucketStart, units] of recorded) if (units.length === 1 && units[0] !== configured) other[bucketStart] = units[0]!;
  return other;
}

/** The unit a bucket's rows are labelled with: the one recorded with its counts, else BUCKET. */
export function bucketUnitOf(recorded: Map<string, BucketUnit[]>, bucketStart: string, configured: BucketUnit): BucketUnit {
  const units = recorded.get(bucketStart);
  return units?.length === 1 ? units[0]! : configured;
}

export function unitNotes(other: Record<string, BucketUnit> | undefined, configured: BucketUnit): string[] {
  const buckets = Object.entries(other ?? {});
  if (buckets.length === 0) return [];
  const byUnit = new Map<BucketUnit, number>();
  for (const [, unit] of buckets) byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
  const list = [...byUnit].map(([unit, n]) => `${n} by ${unit}`).join(', ');
  return [`Some buckets were counted by another unit than this process's BUCKET (${configured}): ${list} (from ${buckets[0]![0]}); their rows are labelled with the unit they were counted in.`];
}

/** Why a release refuses buckets counted in more than one unit, naming the setting and the way out. */
export function mixedUnitsMessage(mixed: Record<string, BucketUnit[]>): string | undefined {
  const buckets = Object.entries(mixed);
  if (buckets.length === 0) return undefined;
  const [bucketStart, units] = buckets[0]!;
  const more = buckets.length > 1 ? ` (and ${buckets.length - 1} more bucket${buckets.length === 2 ? '' : 's'})` : '';
  return `changed on this KEY_PREFIX: the bucket of ${bucketStart}${more} holds counts made as ${units.join(' and ')} in the same keys, which no release can separate; leave it out with --since/--until, and give each BUCKET its own KEY_PREFIX`;
}
