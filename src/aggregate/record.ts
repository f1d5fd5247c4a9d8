// What one processed job adds to the aggregates: counts, tokens, category ids, PII type counts.
// Built to hold no text: every string here is an id, a hash, a category or a configured dimension.
import type { PiiType } from '../redact/types.js';
import type { BucketUnit } from './bucket.js';

export const UNCLASSIFIED = 'unclassified';

export interface AggregateRecord {
  /** Hex of the sampling HMAC; the idempotency key (a replayed job changes nothing). */
  jobId: string;
  /** ISO start of the bucket. */
  bucketStart: string;
  /** Enabled aggregate dimensions only; '' when a dimension is off or the event had none. */
  model: string;
  app: string;
  /** Keyed hash of the account (16 bytes hex), when the event named one. */
  accountHash?: string;
  promptTokens: number;
  completionTokens: number;
  /** Characters of the redacted transcript (what a remote classifier is billed for). */
  chars: number;
  /** Category per taxonomy dimension, or `unclassified` in every dimension. */
  categories: Record<string, string>;
  /** Why the job is unclassified (an error code such as `timeout` or `redaction_error`). */
  unclassifiedReason?: string;
  /** Redactions per PII type. */
  pii: Partial<Record<PiiType, number>>;
  /** The SAMPLE_RATE the event was sampled at, when its job recorded one. */
  sampleRate?: number;
  /** MAX_TOKENS_PER_EVENT its token counts were clipped to at ingest, when its job recorded one. */
  maxTokensPerEvent?: number;
  /** Fingerprint of the SAMPLER_KEY it was sampled and its account hashed under, when recorded. */
  samplerKeyId?: string;
  /** The BUCKET unit of `bucketStart`, when its job recorded one. */
  bucket?: BucketUnit;
}

export interface AggregateCell {
  bucketStart: string;
  dimension: string;
  category: string;
  model: string;
  app: string;
  sampledEvents: number;
  promptTokens: number;
  completionTokens: number;
  chars: number;
  /** Distinct account hashes (exact in memory, HyperLogLog estimate in Redis). */
  distinctAccountsEst: number;
}

export interface AggregateSnapshot {
  cells: AggregateCell[];
  /** Redaction counts per bucket and type. */
  pii: Array<{ bucketStart: string; type: string; count: number }>;
  /** Unclassified counts per bucket and reason. */
  unclassifiedReasons: Array<{ bucketStart: string; reason: string; count: number }>;
  /**
   * Sampled events left out of the cells per bucket because their account had reached
   * ACCOUNT_SAMPLE_CAP in that bucket. Both stores always fill it; optional for older snapshot files.
   */
  capped?: Array<{ bucketStart: string; count: number }>;
  /**
   * Events in the cells per bucket and the SAMPLE_RATE they were sampled at (events whose job
   * recorded none are not listed). Optional for older snapshot files and stores.
   */
  sampleRates?: Array<{ bucketStart: string; rate: number; count: number }>;
  /**
   * How each bucket was counted, for differential privacy to be calibrated to what was enforced:
   * events per ACCOUNT_SAMPLE_CAP in force (0: none; every counted job, capped ones included) and
   * per MAX_TOKENS_PER_EVENT their tokens were clipped to (jobs that recorded one). Optional for older
   * snapshot files and stores.
   */
  accountCaps?: Array<{ bucketStart: string; cap: number; count: number }>;
  tokenBounds?: Array<{ bucketStart: string; maxTokens: number; count: number }>;
  /** Counted jobs per SAMPLER_KEY fingerprint (jobs that recorded one). */
  samplerKeys?: Array<{ bucketStart: string; keyId: string; count: number }>;
  /**
   * Counted jobs per BUCKET unit their bucket start was computed in (jobs that recorded one): a
   * bucket start with two units (BUCKET changed on one KEY_PREFIX) holds, say, a day's and a week's
   * counts in one set of keys.
   */
  bucketUnits?: Array<{ bucketStart: string; bucket: BucketUnit; count: number }>;
}

export interface SnapshotRange {
  /** Inclusive ISO bucket start. */
  from?: string;
  /** Exclusive ISO bucket start. */
  to?: string;
}
