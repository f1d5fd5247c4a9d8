// The notes printed above every released table or page: how shares and intervals are computed and
// which privacy rules the numbers passed.
import { rateNotes, type RecordedRates } from './bucket-rates.js';
import type { BucketUnit } from '../aggregate/bucket.js';
import { unitNotes } from './bucket-units.js';
import { keyNotes } from './sampler-keys.js';

export interface NoteSettings {
  sampleRate: number;
  sampleRates?: RecordedRates | undefined;
  outsideTaxonomy?: readonly string[] | undefined;
  mixedSamplerKeys?: Record<string, number> | undefined;
  /** Set with bucketUnits: the BUCKET the release runs under. */
  bucket?: BucketUnit | undefined;
  bucketUnits?: Record<string, BucketUnit> | undefined;
  minAccounts: number;
  minEvents: number;
  dp?: { epsilon: number; delta: number } | null;
}

export const SHARE_NOTE =
  'Shares are of released classified events: "other", "unclassified" and suppressed cells are outside the denominator. 95% intervals: Wilson for shares, binomial score for estimated totals.';

export function releaseNotes(s: NoteSettings): string[] {
  const notes = [
    SHARE_NOTE,
    `Cells with fewer than ${s.minAccounts} distinct accounts or ${s.minEvents} sampled events are folded into a "suppressed" row (never a single cell; see docs/release.md).`,
  ];
  if (s.dp) notes.push(`Counts carry differential-privacy noise (ε = ${s.dp.epsilon} per bucket, δ = ${s.dp.delta}); shares and intervals are computed from the noised counts.`);
  notes.push(...rateNotes(s.sampleRates, s.sampleRate));
  notes.push(...keyNotes(s.mixedSamplerKeys));
  if (s.bucket) notes.push(...unitNotes(s.bucketUnits, s.bucket));
  if (s.outsideTaxonomy && s.outsideTaxonomy.length > 0) {
    notes.push(`The counts hold categories this taxonomy (TAXONOMY_FILE) does not have, released without shares: ${s.outsideTaxonomy.join(', ')}.`);
  }
  if (s.sampleRate === 1) notes.push('Sample rate 1: every event was sampled (a demo setting; deployments default to 0.0025).');
  return notes;
}
