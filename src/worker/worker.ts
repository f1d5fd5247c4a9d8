// The worker process's core: a BullMQ Worker running processQueuedJob, the Redis aggregate store,
// queue-depth sampling, and a shutdown that finishes or hands back active jobs within a deadline.
import { setMaxListeners } from 'node:events';
import { Queue, Worker, type Job } from 'bullmq';
import type { Registry } from 'prom-client';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { RedisAggregateStore } from '../aggregate/redis-store.js';
import type { Classifier } from '../classify/classifier.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { registry as processRegistry } from '../metrics/registry.js';
import { workerMetrics, type WorkerMetrics } from '../metrics/worker-metrics.js';
import { unclassifiedRecord } from '../pipeline.js';
import { metadataOf, parsePayload } from '../queue/job-payload.js';
import { requireKeyring } from '../queue/keyring.js';
import { absorbLateConnectionErrors, closeRedis, createRedis } from '../queue/redis-client.js';
import { countRecord, processQueuedJob, SHUTDOWN_REASON, type JobContext } from './process-queued-job.js';

export interface WorkerOptions {
  classifier: Classifier;
  taxonomy: Taxonomy;
  registry?: Registry;
  logger?: Logger;
  onBackendError?: JobContext['onBackendError'];
}

export interface RunningWorker {
  readonly worker: Worker;
  readonly store: RedisAggregateStore;
  readonly metrics: WorkerMetrics;
  /** Running and connected to Redis. */
  readonly ready: boolean;
  /** Stops taking jobs; lets active ones finish for up to `timeoutMs`, hands back the rest; closes Redis. */
  close(timeoutMs?: number): Promise<{ handedBack: boolean }>;
}

// BullMQ's reason when a job's worker died more than WORKER_MAX_STALLED times.
const STALLED_FAILURE = 'job stalled more than allowable limit';

export function startWorker(config: Config, options: WorkerOptions): RunningWorker {
  const { logger } = options;
  const keyring = requireKeyring(config.payloadKey);
  const metrics = workerMetrics(options.registry ?? processRegistry);
  const connection = createRedis(config.redisUrl, 'worker', logger);
  const storeClient = createRedis(config.redisUrl, 'store', logger);
  const store = new RedisAggregateStore(storeClient, { prefix: config.keyPrefix, seenTtlSeconds: config.seenTtlSeconds, accountSampleCap: config.accountSampleCap });
  const ctx: JobContext = {
    keyring,
    // createClassifier's resilience layer already holds calls to CLASSIFY_CONCURRENCY.
    classifier: options.classifier,
    taxonomy: options.taxonomy,
    store,
    metrics,
    ...(logger ? { logger } : {}),
    ...(options.onBackendError ? { onBackendError: options.onBackendError } : {}),
  };

  // One signal for every job, aborted at the shutdown deadline to hand the active jobs back. A processor
  // taking BullMQ's third parameter would get an AbortController of its own per job instead: about
  // 5 µs a job, 3% of the worker's CPU with the local classifier (profiled). One 'abort' listener per
  // active job (process-queued-job.ts), so no listener limit.
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal);
  const worker = new Worker(config.queueName, (job: Job, token?: string) => processQueuedJob(job, ctx, token, shutdown.signal), {
    connection,
    concurrency: config.workerConcurrency,
    lockDuration: config.workerLockMs,
    stalledInterval: config.workerStalledIntervalMs,
    maxStalledCount: config.workerMaxStalled,
    // Jobs are added with removeOnComplete/removeOnFail; these are the fallbacks should one not be.
    removeOnComplete: { count: 0 },
    removeOnFail: { count: 0 },
  });
  worker.on('error', (err) => logger?.warn({ err }, 'worker error'));
  worker.on('stalled', (jobId) => logger?.info({ jobId }, 'job stalled; back in the queue'));
  worker.on('failed', (job, err) => {
    if (!job) return;
    if (err.message === STALLED_FAILURE) {
      // The payload is still in memory: count the event so denominators stay right.
      void countStalled(job).catch((e: unknown) => {
        metrics.lost.inc({ reason: 'stalled' });
        logger?.error({ err: e, jobId: job.id }, 'could not count a stalled job');
      });
    }
    logger?.warn({ jobId: job.id, reason: err.message === STALLED_FAILURE ? 'stalled' : err.message.slice(0, 40), attempts: job.attemptsMade }, 'job failed');
  });

  async function countStalled(job: Job): Promise<void> {
    const meta = metadataOf(job.id!, parsePayload(job.data));
    await countRecord(unclassifiedRecord(meta, options.taxonomy, 'stalled'), ctx);
  }

  // On the worker's connection, not the store's: a BullMQ Queue defines its ~50 Lua scripts on the
  // client it is given (the Worker already did so on this one), and ioredis copies every script
  // defined on a client onto each auto-pipeline it builds, i.e. on the store client once per batch of
  // aggregate writes. The worker's connection waits out reconnects, so one sample at a time.
  const depthQueue = new Queue(config.queueName, { connection });
  depthQueue.on('error', () => undefined);
  let sampling = false;
  const depthTimer = setInterval(() => {
    if (sampling || connection.status !== 'ready') return;
    sampling = true;
    depthQueue
      .getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      .then((counts) => {
        for (const [state, n] of Object.entries(counts)) metrics.queueDepth.set({ state }, n);
      })
      .catch(() => undefined)
      .finally(() => (sampling = false));
  }, config.queueCheckIntervalMs);
  depthTimer.unref();

  let closing: Promise<{ handedBack: boolean }> | undefined;
  async function close(timeoutMs = config.shutdownTimeoutMs): Promise<{ handedBack: boolean }> {
    clearInterval(depthTimer);
    const closed = worker.close().then(() => true, () => true);
    let timer: NodeJS.Timeout | undefined;
    const deadline = (ms: number) => new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    let handedBack = false;
    if (!(await Promise.race([closed, deadline(timeoutMs)]))) {
      handedBack = true;
      logger?.warn({ timeoutMs }, 'shutdown deadline: handing active jobs back');
      shutdown.abort(SHUTDOWN_REASON);
      clearTimeout(timer);
      // A job that cannot be handed back (Redis away) comes back anyway once its lock lapses.
      await Promise.race([closed, deadline(2_000)]);
    }
    clearTimeout(timer);
    await depthQueue.close().catch(() => undefined);
    absorbLateConnectionErrors(worker);
    absorbLateConnectionErrors(depthQueue);
    await options.classifier.close?.().catch(() => undefined);
    await Promise.all([closeRedis(connection), closeRedis(storeClient)]);
    return { handedBack };
  }

  return {
    worker,
    store,
    metrics,
    get ready() {
      return worker.isRunning() && connection.status === 'ready';
    },
    close: (timeoutMs) => (closing ??= close(timeoutMs)),
  };
}
