// The library entry a host calls on its request path: `offer(event)` validates, samples, and hands a
// sampled event to the background producer. It is synchronous, never awaits Redis and never throws:
// whatever happens is a returned value and a counter.
import type { Registry } from 'prom-client';
import type { Config } from './config.js';
import { ValidationError, type FieldIssue } from './errors/index.js';
import type { Logger } from './log.js';
import { censusMetrics, type CensusMetrics, type DropReason } from './metrics/census-metrics.js';
import { registry as processRegistry } from './metrics/registry.js';
import { eventTextLength, type PromptEvent } from '../schemas/event.js';
import { eventTime, ingestEvent, validateEvent, type IngestOptions, type SampledJob } from './pipeline.js';
import { requireKeyring } from './queue/keyring.js';
import { JobProducer } from './queue/producer.js';
import { createSampler } from './sampler/keyed-sampler.js';
import { plainTextLength } from './validation/plain-event-check.js';
import { eventSnapshot } from './validation/event-snapshot.js';

export type OfferResult =
  | { accepted: true; sampled: false }
  | { accepted: true; sampled: true; /** Set when the sampled event could not be queued. */ dropped?: DropReason }
  | { accepted: false; issue: FieldIssue };

export interface CensusOptions {
  /** Where the counters go; default the process registry that `/metrics` serves. */
  registry?: Registry;
  logger?: Logger;
}

export interface Census {
  offer(event: unknown): OfferResult;
  /**
   * offer() for hosts whose requests are well-formed by construction (the gateway middleware): decides
   * on `id` first and calls `build` only when the id is sampled, so an unsampled request costs one HMAC
   * and no validation. `build` must return an event whose `id` is this id; an invalid event is noticed
   * (and counted rejected) only when sampled.
   */
  offerLazily(id: string, build: () => unknown): OfferResult;
  /**
   * The first half of offerLazily() for callers that build sampled events later (the middleware, on
   * the next turn of the event loop): an unsampled `id` is counted as offered and its result returned;
   * a sampled one returns undefined and counts nothing, for offerLazily(id, build) to take.
   */
  decide(id: string): OfferResult | undefined;
  /** Redis reachable, so sampled events are being queued. */
  readonly ready: boolean;
  readonly metrics: CensusMetrics;
  /** Resolves when every sampled event offered so far has been queued or dropped. */
  flush(): Promise<void>;
  /** Stops accepting, flushes for up to `timeoutMs` (default SHUTDOWN_TIMEOUT_MS) and closes Redis. */
  close(timeoutMs?: number): Promise<void>;
}

// The answer for most offers; frozen so no caller can change it for the next one.
const UNSAMPLED: OfferResult = Object.freeze({ accepted: true, sampled: false });
const SAMPLED: OfferResult = Object.freeze({ accepted: true, sampled: true });

export function createCensus(config: Config, options: CensusOptions = {}): Census {
  const keyring = requireKeyring(config.payloadKey);
  const metrics = censusMetrics(options.registry ?? processRegistry);
  const producer = new JobProducer(config, keyring, metrics, options.logger);
  const limits = { maxEventBytes: config.maxEventBytes, maxMessages: config.maxMessages };
  const ingestOptions: IngestOptions = {
    sampler: createSampler(config.samplerKey, config.sampleRate),
    samplerKey: config.samplerKey,
    bucket: config.bucket,
    dimensions: config.dimensions,
    maxTurnChars: config.maxTurnChars,
    maxClassifyChars: config.maxClassifyChars,
    // The DP token bound is enforced here, at ingest, as the embedded runner does.
    maxTokensPerEvent: config.maxTokensPerEvent,
  };

  function drop(reason: DropReason): OfferResult {
    metrics.sampled.inc();
    metrics.dropped.inc({ reason });
    return { accepted: true, sampled: true, dropped: reason };
  }

  function sampledJob(event: PromptEvent): SampledJob | undefined {
    const decision = ingestEvent(event, ingestOptions);
    return decision.sampled ? decision.job : undefined;
  }

  function queued(dropped: DropReason | undefined): OfferResult {
    if (dropped) return drop(dropped);
    metrics.sampled.inc();
    return SAMPLED;
  }

  // An event with more text than a transcript holds (MAX_CLASSIFY_CHARS) is built at once, so that what
  // waits in the buffer is its transcript and never more: held for the flush, the host's text would
  // bound the buffer's memory by OFFER_BUFFER_SIZE × MAX_EVENT_BYTES instead. Both branches of offer()
  // measure that text as the transcript's budget does, in UTF-16 units.
  function queuedNow(job: SampledJob | undefined): OfferResult {
    return job ? queued(producer.push(job)) : UNSAMPLED;
  }

  function offer(event: unknown): OfferResult {
    metrics.offered.inc();
    try {
      // A sampled event's job is built and sealed at the producer's next flush, with the rest of its
      // batch (PendingJob), from a copy the host cannot change meanwhile. Most events are of a plain
      // shape that a cheap check proves valid: an unsampled one then needs nothing more, and a sampled
      // one is copied field by field, to be parsed by the schema at the flush. Everything else is
      // parsed here, so a bad event is refused with the field named, and its parsed output is copied.
      const plainLength = plainTextLength(event, limits);
      if (plainLength >= 0) {
        const plain = event as PromptEvent;
        if (!ingestOptions.sampler.isSampled(plain.id)) return UNSAMPLED;
        const refusal = producer.refusal();
        if (refusal) return drop(refusal);
        if (plainLength > config.maxClassifyChars) return queuedNow(sampledJob(validateEvent(plain, limits)));
        const snapshot = eventSnapshot(plain, Date.now());
        return queued(producer.push(() => sampledJob(validateEvent(snapshot, limits))));
      }
      const valid = validateEvent(event, limits);
      if (!ingestOptions.sampler.isSampled(valid.id)) return UNSAMPLED;
      const refusal = producer.refusal();
      if (refusal) return drop(refusal);
      eventTime(valid); // a time that is no date is refused now, not lost at the flush
      if (eventTextLength(valid) > config.maxClassifyChars) return queuedNow(sampledJob(valid));
      const copy = eventSnapshot(valid, Date.now());
      return queued(producer.push(() => sampledJob(copy)));
    } catch (err) {
      metrics.rejected.inc();
      if (err instanceof ValidationError) return { accepted: false, issue: err.issues[0] ?? { field: '(root)', message: 'invalid' } };
      // A bug must not reach the host's request path; log its class only.
      options.logger?.error({ err }, 'offer failed');
      return { accepted: false, issue: { field: '(root)', message: 'could not be processed' } };
    }
  }

  function offerLazily(id: string, build: () => unknown): OfferResult {
    let event: unknown;
    try {
      if (!ingestOptions.sampler.isSampled(id)) {
        metrics.offered.inc();
        return UNSAMPLED;
      }
      event = build();
    } catch (err) {
      metrics.offered.inc();
      metrics.rejected.inc();
      options.logger?.error({ err }, 'offer failed');
      return { accepted: false, issue: { field: '(root)', message: 'could not be processed' } };
    }
    if ((event as { id?: unknown } | null)?.id !== id) {
      metrics.offered.inc();
      metrics.rejected.inc();
      return { accepted: false, issue: { field: 'id', message: 'must be the id the sampling decision was made on' } };
    }
    return offer(event);
  }

  function decide(id: string): OfferResult | undefined {
    try {
      if (ingestOptions.sampler.isSampled(id)) return undefined;
    } catch {
      return undefined; // not a string: offerLazily() says so and counts it rejected
    }
    metrics.offered.inc();
    return UNSAMPLED;
  }

  return {
    offer,
    offerLazily,
    decide,
    get ready() {
      return producer.available;
    },
    metrics,
    flush: () => producer.flush(),
    close: (timeoutMs = config.shutdownTimeoutMs) => producer.close(timeoutMs),
  };
}
