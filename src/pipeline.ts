// The stages, wired once (DESIGN §1). The embedded runner and the BullMQ worker both call these,
// so both modes count the same way:
//   ingest side:  validateEvent → ingestEvent (sample, hash account, bucket, transcript)
//   worker side:  processJob (redact → classify → record) → store.apply
import { createEventSchema, type EventLimits, type PromptEvent } from '../schemas/event.js';
import type { Taxonomy } from '../schemas/taxonomy.js';
import { bucketStartIso, eventTimeMs, type BucketUnit } from './aggregate/bucket.js';
import { UNCLASSIFIED, type AggregateRecord } from './aggregate/record.js';
import type { AggregateStore } from './aggregate/store.js';
import { normalise, type Classifier } from './classify/classifier.js';
import { BackendError, RedactionError, ValidationError } from './errors/index.js';
import { redact } from './redact/index.js';
import type { Detector, PiiType } from './redact/types.js';
import { hashAccount } from './sampler/account-hash.js';
import type { Sampler } from './sampler/keyed-sampler.js';
import { buildTranscript, type TranscriptLimits } from './transcript/build-transcript.js';
import { parseOrThrow } from './validation/zod-issues.js';

/** A sampled event ready to queue: metadata in clear, the transcript to be sealed by the queue. */
export interface SampledJob {
  v: 1;
  /** Hex of the sampling HMAC. */
  jobId: string;
  bucketStart: string;
  dims: { model?: string; app?: string };
  account?: string;
  usage?: { promptTokens?: number; completionTokens?: number };
  /**
   * The SAMPLE_RATE the event was sampled at, counted with it, so estimated totals divide by the rate
   * in force when the counts were made rather than whatever a later report's process is configured
   * with. Absent only in payloads queued before it was recorded.
   */
  rate?: number;
  /** MAX_TOKENS_PER_EVENT the token counts were clipped to (the DP token bound), recorded like the rate. */
  maxTokens?: number;
  /** Public fingerprint of the SAMPLER_KEY that sampled it and hashed its account (sampler/key-id.ts). */
  keyId?: string;
  /** The BUCKET unit `bucketStart` is the start of, recorded so a release labels (and checks) buckets by it. */
  bucket?: BucketUnit;
  transcript: string;
}

export interface IngestOptions extends TranscriptLimits {
  sampler: Sampler;
  samplerKey: string;
  bucket: BucketUnit;
  dimensions: readonly ('model' | 'app')[];
  /** Token counts of one event are clipped to this (MAX_TOKENS_PER_EVENT): the DP token bound. */
  maxTokensPerEvent?: number;
  now?: () => number;
}

export type IngestDecision = { sampled: false } | { sampled: true; jobId: string; job: SampledJob };

const schemaCache = new Map<string, ReturnType<typeof createEventSchema>>();
// offer() passes the same limits object on every call; looking it up by identity spares the host's
// request path a key string per call (garbage that showed up in offer()'s profile).
const schemaByLimits = new WeakMap<EventLimits, ReturnType<typeof createEventSchema>>();

function eventSchemaFor(limits: EventLimits): ReturnType<typeof createEventSchema> {
  let schema = schemaByLimits.get(limits);
  if (schema) return schema;
  const key = `${limits.maxEventBytes}/${limits.maxMessages}`;
  schema = schemaCache.get(key);
  if (!schema) {
    schema = createEventSchema(limits);
    schemaCache.set(key, schema);
  }
  schemaByLimits.set(limits, schema);
  return schema;
}

/** Parse an offered value into a PromptEvent; throws ValidationError naming the field. */
export function validateEvent(input: unknown, limits: EventLimits): PromptEvent {
  const schema = eventSchemaFor(limits);
  return parseOrThrow(schema, input);
}

/** The event's time in ms (`now()` when it has none); throws ValidationError for a time that is no date. */
export function eventTime(event: PromptEvent, now?: () => number): number {
  const timeMs = eventTimeMs(event.timestamp, now);
  if (!Number.isFinite(timeMs)) throw new ValidationError([{ field: 'timestamp', message: 'not a valid time' }]);
  return timeMs;
}

/**
 * The sampling decision, and for sampled events the job. Unsampled events cost one HMAC and
 * nothing is built or kept for them.
 */
export function ingestEvent(event: PromptEvent, options: IngestOptions): IngestDecision {
  if (!options.sampler.isSampled(event.id)) return { sampled: false };
  const jobId = options.sampler.jobId(event.id);

  const timeMs = eventTime(event, options.now);
  const dims: SampledJob['dims'] = {};
  if (options.dimensions.includes('model') && event.model) dims.model = event.model;
  if (options.dimensions.includes('app') && event.app) dims.app = event.app;
  const job: SampledJob = {
    v: 1,
    jobId,
    bucketStart: bucketStartIso(timeMs, options.bucket),
    bucket: options.bucket,
    dims,
    rate: options.sampler.rate,
    keyId: options.sampler.keyId,
    transcript: buildTranscript(event, options),
  };
  if (event.accountId !== undefined) job.account = hashAccount(options.samplerKey, event.accountId);
  if (event.usage) job.usage = clipUsage(event.usage, options.maxTokensPerEvent ?? Infinity);
  if (options.maxTokensPerEvent !== undefined) job.maxTokens = options.maxTokensPerEvent;
  return { sampled: true, jobId, job };
}

function clipUsage(usage: NonNullable<PromptEvent['usage']>, max: number): NonNullable<SampledJob['usage']> {
  const clipped: NonNullable<SampledJob['usage']> = {};
  if (usage.promptTokens !== undefined) clipped.promptTokens = Math.min(usage.promptTokens, max);
  if (usage.completionTokens !== undefined) clipped.completionTokens = Math.min(usage.completionTokens, max);
  return clipped;
}

export interface ProcessOptions {
  classifier: Classifier;
  taxonomy: Taxonomy;
  detectors?: readonly Detector[];
  signal?: AbortSignal;
  /**
   * What a classifier failure does: `unclassified` counts the job with the error kind as reason;
   * `throw` rethrows so the queue can retry it later (the worker counts it on its final attempt);
   * `throw_on_outage` rethrows only when the backend is at fault (BackendError.outage: circuit open,
   * timeouts, 5xx, 429, auth) and counts failures of the event itself (bad_reply, too_short, rejected).
   * `backendErrorPolicy(config)` picks it from CLASSIFY_ON_OUTAGE.
   */
  onBackendError?: 'unclassified' | 'throw' | 'throw_on_outage';
}

export function unclassifiedRecord(job: Omit<SampledJob, 'transcript'>, taxonomy: Taxonomy, reason: string, chars = 0, pii: Partial<Record<PiiType, number>> = {}): AggregateRecord {
  return baseRecord(job, chars, pii, Object.fromEntries(Object.keys(taxonomy.dimensions).map((d) => [d, UNCLASSIFIED])), reason);
}

function baseRecord(
  job: Omit<SampledJob, 'transcript'>,
  chars: number,
  pii: Partial<Record<PiiType, number>>,
  categories: Record<string, string>,
  unclassifiedReason?: string,
): AggregateRecord {
  const record: AggregateRecord = {
    jobId: job.jobId,
    bucketStart: job.bucketStart,
    model: job.dims.model ?? '',
    app: job.dims.app ?? '',
    promptTokens: job.usage?.promptTokens ?? 0,
    completionTokens: job.usage?.completionTokens ?? 0,
    chars,
    categories,
    pii,
  };
  if (job.account !== undefined) record.accountHash = job.account;
  if (job.rate !== undefined) record.sampleRate = job.rate;
  if (job.maxTokens !== undefined) record.maxTokensPerEvent = job.maxTokens;
  if (job.keyId !== undefined) record.samplerKeyId = job.keyId;
  if (job.bucket !== undefined) record.bucket = job.bucket;
  if (unclassifiedReason !== undefined) record.unclassifiedReason = unclassifiedReason;
  return record;
}

/** Redact, classify and describe one job as an aggregate record. Never returns or logs text. */
export async function processJob(job: SampledJob, options: ProcessOptions): Promise<AggregateRecord> {
  let redacted;
  try {
    redacted = redact(job.transcript, options.detectors ? { detectors: options.detectors } : {});
  } catch (err) {
    // Fail closed: the text goes nowhere; the event still counts, as unclassified.
    if (err instanceof RedactionError) return unclassifiedRecord(job, options.taxonomy, err.code);
    throw err;
  }

  try {
    const raw = await options.classifier.classify(redacted.text, options.signal);
    const classification = normalise(raw, options.taxonomy);
    const categories = Object.fromEntries(Object.entries(classification.results).map(([d, r]) => [d, r.category]));
    return baseRecord(job, redacted.text.length, redacted.found, categories);
  } catch (err) {
    if (options.onBackendError === 'throw') throw err;
    if (options.onBackendError === 'throw_on_outage' && err instanceof BackendError && err.outage) throw err;
    const reason = err instanceof BackendError ? err.kind : 'classifier_error';
    return unclassifiedRecord(job, options.taxonomy, reason, redacted.text.length, redacted.found);
  }
}

/** Process a job and add it to the store; false when the store had already counted it. */
export async function runJob(job: SampledJob, store: AggregateStore, options: ProcessOptions): Promise<boolean> {
  return store.apply(await processJob(job, options));
}
