// One queued job, start to finish: parse the payload, open the seal, run the shared pipeline, and
// count the record with one atomic claim-and-apply. Retries are BullMQ's (attempts with backoff);
// on the last attempt a failure is counted `unclassified` with its reason, so denominators stay right.
// Errors thrown to BullMQ carry a reason code only: their message becomes the job's failedReason.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { AggregateRecord } from '../aggregate/record.js';
import type { RedisAggregateStore } from '../aggregate/redis-store.js';
import type { Classifier } from '../classify/classifier.js';
import { BackendError, PayloadError } from '../errors/index.js';
import type { Logger } from '../log.js';
import type { WorkerMetrics } from '../metrics/worker-metrics.js';
import { processJob, unclassifiedRecord, type ProcessOptions } from '../pipeline.js';
import { fromPayload, metadataOf, parsePayload } from '../queue/job-payload.js';
import type { Keyring } from '../queue/keyring.js';

export interface JobContext {
  keyring: Keyring;
  /** Already behind its concurrency limit (createClassifier's resilience layer). */
  classifier: Classifier;
  taxonomy: Taxonomy;
  store: RedisAggregateStore;
  metrics: WorkerMetrics;
  logger?: Logger;
  /**
   * What a classifier failure does before the last attempt (see backendErrorPolicy): `throw_on_outage`
   * hands the job back for a retry with backoff when the backend is down (default), `throw` does so for
   * any failure, `unclassified` counts it at once. On the last attempt every failure is counted.
   */
  onBackendError?: ProcessOptions['onBackendError'];
}

/** Set on the abort signal when the worker is shutting down and hands its active jobs back. */
export const SHUTDOWN_REASON = 'shutdown';

/** A reason code for any error: the classifier's kind, our error codes, else `worker_error`. */
export function reasonOf(err: unknown): string {
  if (err instanceof BackendError) return err.kind;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? code : 'worker_error';
}

export async function countRecord(record: AggregateRecord, ctx: Pick<JobContext, 'store' | 'metrics'>): Promise<void> {
  const outcome = await ctx.store.applyWithOutcome(record);
  ctx.metrics.processed.inc({ outcome });
  if (outcome === 'counted' && record.unclassifiedReason) ctx.metrics.unclassified.inc({ reason: record.unclassifiedReason });
}

/** Resolves with `work`, or rejects when `signal` aborts first (the work is left to finish unobserved). */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export async function processQueuedJob(job: Job, ctx: JobContext, token?: string, signal?: AbortSignal): Promise<void> {
  const started = process.hrtime.bigint();
  const jobId = job.id!;
  let payload;
  try {
    payload = parsePayload(job.data);
  } catch {
    // Without its metadata the event cannot even be counted as unclassified.
    ctx.metrics.lost.inc({ reason: 'payload_invalid' });
    throw new UnrecoverableError('payload_invalid');
  }
  const meta = metadataOf(jobId, payload);
  const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

  let record: AggregateRecord;
  try {
    const sampled = fromPayload(jobId, payload, ctx.keyring);
    const onBackendError = final ? 'unclassified' : (ctx.onBackendError ?? 'throw_on_outage');
    record = await unlessAborted(processJob(sampled, { classifier: ctx.classifier, taxonomy: ctx.taxonomy, onBackendError, ...(signal ? { signal } : {}) }), signal);
  } catch (err) {
    if (signal?.aborted && token !== undefined) {
      // Shutdown deadline: hand the job back untouched (no attempt spent) for another worker.
      await job.moveToDelayed(Date.now(), token);
      throw new DelayedError();
    }
    const reason = err instanceof PayloadError ? 'payload_error' : reasonOf(err);
    if (!(err instanceof PayloadError) && !final) {
      ctx.metrics.retried.inc({ reason });
      throw new Error(reason);
    }
    record = unclassifiedRecord(meta, ctx.taxonomy, reason);
  }

  try {
    await countRecord(record, ctx);
  } catch (err) {
    // Redis trouble: the claim makes a retry safe whether or not this call reached Redis.
    const reason = reasonOf(err) === 'worker_error' ? 'store_unavailable' : reasonOf(err);
    if (final) ctx.metrics.lost.inc({ reason });
    else ctx.metrics.retried.inc({ reason });
    throw new Error(reason);
  }
  ctx.metrics.jobSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
  ctx.logger?.debug({ jobId, unclassified: record.unclassifiedReason }, 'job counted');
}
