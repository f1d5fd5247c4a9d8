// The stores record, per bucket start, how many counted jobs carried which value (a SAMPLER_KEY
// fingerprint, a BUCKET unit): the distinct values each bucket start holds, entries of no count left out.
import { compareIds } from './suppression.js';

/** Bucket start (in order) → the values its entries with a positive count carry. */
export function valuesByBucket<E extends { bucketStart: string; count: number }, V>(entries: readonly E[] | undefined, valueOf: (entry: E) => V): Map<string, Set<V>> {
  const values = new Map<string, Set<V>>();
  for (const entry of entries ?? []) {
    if (entry.count <= 0) continue;
    const set = values.get(entry.bucketStart) ?? new Set<V>();
    set.add(valueOf(entry));
    values.set(entry.bucketStart, set);
  }
  return new Map([...values].sort(([a], [b]) => compareIds(a, b)));
}
