// The sample rate each bucket's estimated totals divide by. The stores record, per bucket, how many
// counted events were sampled at which SAMPLE_RATE; the rate a report's own process is configured
// with is only the fallback for buckets counted before rates were recorded. Without this, raising
// SAMPLE_RATE (or reporting from a shell with another one) silently rescaled every earlier bucket.
import type { AggregateSnapshot } from '../aggregate/record.js';
import { compareIds } from './suppression.js';

export interface BucketRate {
  /** What estimated totals divide by. */
  rate: number;
  /** 'recorded': one rate recorded for the whole bucket; 'mixed': several (SAMPLE_RATE changed within it); 'configured': none recorded. */
  source: 'recorded' | 'mixed' | 'configured';
}

/**
 * Per bucket start: the recorded rate; for a bucket of several rates, the effective rate
 * n ÷ Σ(1/rate), with which the bucket's estimated total is the Horvitz–Thompson estimate (each
 * cell's estimate then assumes the same mix of rates in every cell); else `configured`.
 */
export function bucketRates(snapshot: Pick<AggregateSnapshot, 'cells' | 'sampleRates'>, configured: number): Map<string, BucketRate> {
  // bucket start → rate → events
  const recorded = new Map<string, Map<number, number>>();
  for (const r of snapshot.sampleRates ?? []) {
    if (r.count <= 0 || !(r.rate > 0)) continue;
    const byRate = recorded.get(r.bucketStart) ?? new Map<number, number>();
    byRate.set(r.rate, (byRate.get(r.rate) ?? 0) + r.count);
    recorded.set(r.bucketStart, byRate);
  }
  const rates = new Map<string, BucketRate>();
  for (const bucketStart of new Set(snapshot.cells.map((c) => c.bucketStart))) {
    const byRate = recorded.get(bucketStart);
    if (!byRate) rates.set(bucketStart, { rate: configured, source: 'configured' });
    else if (byRate.size === 1) rates.set(bucketStart, { rate: [...byRate.keys()][0]!, source: 'recorded' });
    else {
      let events = 0;
      let estimated = 0;
      for (const [rate, count] of byRate) {
        events += count;
        estimated += count / rate;
      }
      rates.set(bucketStart, { rate: events / estimated, source: 'mixed' });
    }
  }
  return rates;
}

/** The buckets whose rate came from the store (what a release records in its settings), keyed by bucket start. */
export type RecordedRates = Record<string, { rate: number; mixed?: true }>;

export function recordedRates(rates: Map<string, BucketRate>): RecordedRates {
  const out: RecordedRates = {};
  for (const [bucketStart, r] of [...rates].sort(([a], [b]) => compareIds(a, b))) {
    if (r.source === 'recorded') out[bucketStart] = { rate: r.rate };
    else if (r.source === 'mixed') out[bucketStart] = { rate: r.rate, mixed: true };
  }
  return out;
}

/** Notes for a release whose buckets carry recorded rates: where they differ from SAMPLE_RATE, and mixed buckets. */
export function rateNotes(recorded: RecordedRates | undefined, configured: number): string[] {
  const entries = Object.entries(recorded ?? {});
  const notes: string[] = [];
  const differing = new Map<number, number>();
  for (const [, r] of entries) if (!r.mixed && r.rate !== configured) differing.set(r.rate, (differing.get(r.rate) ?? 0) + 1);
  if (differing.size > 0) {
    const list = [...differing].map(([rate, n]) => `${rate} in ${n} bucket${n === 1 ? '' : 's'}`).join(', ');
    notes.push(`Estimated totals divide by the sample rate recorded with each bucket's counts (${list}), not by this process's SAMPLE_RATE (${configured}).`);
  }
  const mixed = entries.filter(([, r]) => r.mixed).map(([bucketStart]) => bucketStart);
  if (mixed.length > 0) {
    notes.push(
      `${mixed.length} bucket${mixed.length === 1 ? '' : 's'} (from ${mixed[0]}) mix sample rates, as SAMPLE_RATE changed within ${mixed.length === 1 ? 'it' : 'them'}: estimated totals there divide by the effective rate (events ÷ Σ 1/rate), and shares weigh the events sampled at the higher rate more.`,
    );
  }
  return notes;
}
