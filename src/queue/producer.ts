// Moves sampled jobs from a bounded in-memory buffer into the BullMQ queue in the background, in
// batches gathered for OFFER_FLUSH_INTERVAL_MS: one addBulk per batch, and before it the building and
// sealing of the batch's jobs in one run (PendingJob). Inside a busy server that code is cold between
// two sampled events, and one event's build, seal and add cost several times their tight-loop figures;
// a batch at a time, a bare node:http server with offer() spent 2–6% less CPU per request than with
// each sampled event built and sealed inside offer() (side by side, 2026-12-06). A batch still costs a
// few milliseconds of cold code however small, hence a default window of 1 s rather than 200 ms (2–3.5%
// less host CPU per request, docs/distributed.md). The caller's side
// (`push`) is synchronous and never touches Redis: when Redis is away, the queue is too long or the
// buffer is full, the job is dropped and counted by reason instead. Only while the first connection is
// being made do sampled jobs wait for it (bounded by the buffer and the producer's 2 s connect
// timeout): a sidecar or host starts taking requests before its Redis handshake has ended, and an
// event sampled in that first moment is not an outage's loss.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CensusMetrics, DropReason } from '../metrics/census-metrics.js';
import type { SampledJob } from '../pipeline.js';
import { JOB_NAME, toPayload, type JobPayload } from './job-payload.js';
import type { Keyring } from './keyring.js';
import { absorbLateConnectionErrors, closeRedis, createRedis } from './redis-client.js';

export type ProducerConfig = Pick<
  Config,
  'redisUrl' | 'queueName' | 'queueMaxWaiting' | 'offerBufferSize' | 'offerFlushIntervalMs' | 'queueCheckIntervalMs' | 'jobAttempts' | 'jobBackoffMs'
>;

interface BufferedJob {
  name: string;
  data: JobPayload;
  opts: JobsOptions;
}

/**
 * A sampled job, or the work that builds it (undefined: nothing to queue; one that throws is counted
 * rejected). Both are sealed at the flush, a batch at a time: inside a busy host the building and
 * sealing of one lone sampled event ran at several times its tight-loop cost, its code and data cold.
 */
export type PendingJob = SampledJob | (() => SampledJob | undefined);

/** Jobs per addBulk call: one round trip each, small enough not to stall Redis. */
const BATCH = 500;

/**
 * Jobs built and sealed in one run before the host's own callbacks get the event loop back. A job
 * takes 35–45 µs here inside a busy host, so a full batch in one run would hold the host's requests
 * for 20 ms; a slice holds them for about 2 ms.
 */
export const SEAL_SLICE = 48;

export function jobOptions(jobId: string, config: Pick<Config, 'jobAttempts' | 'jobBackoffMs'>): JobsOptions {
  return {
    // The sampling hash: a re-offered event id is the same job while it is queued (and the
    // aggregate claim catches it after that).
    jobId,
    attempts: config.jobAttempts,
    backoff: { type: 'exponential', delay: config.jobBackoffMs, jitter: 0.5 },
    // The payload must not outlive its job (DESIGN §4).
    removeOnComplete: true,
    removeOnFail: true,
  };
}

export class JobProducer {
  readonly queue: Queue;
  private readonly connection: Redis;
  private buffer: PendingJob[] = [];
  private draining: Promise<void> | undefined;
  /** The timer that ends the current gathering window. */
  private gathering: NodeJS.Timeout | undefined;
  private queueFull = false;
  private closed = false;
  /** True until the first connection attempt has settled: ready (and the waiting count read), or failed. */
  private connecting = true;
  private readonly firstAttempt: Promise<void>;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly config: ProducerConfig,
    private readonly keyring: Keyring,
    private readonly metrics: CensusMetrics,
    private readonly logger?: Logger,
  ) {
    this.connection = createRedis(config.redisUrl, 'producer', logger);
    this.queue = new Queue(config.queueName, { connection: this.connection });
    this.queue.on('error', (err) => logger?.debug({ err }, 'queue error'));
    this.timer = setInterval(() => void this.checkWaiting(), config.queueCheckIntervalMs);
    this.timer.unref();
    this.firstAttempt = this.settleFirstAttempt();
  }

  /**
   * Resolves when the first connection attempt has settled. On 'ready' the queue's waiting count is
   * read first, so what waited is held to QUEUE_MAX_WAITING like everything after it; on a failure
   * ('error': refused, timed out) or close ('end'), what waited is dropped as redis_unavailable.
   */
  private settleFirstAttempt(): Promise<void> {
    return new Promise<void>((resolve) => {
      const settle = () => {
        if (!this.connecting) return;
        this.connecting = false;
        this.connection.off('error', settle).off('end', settle);
        resolve();
      };
      this.connection.once('ready', () => void this.checkWaiting().finally(settle));
      this.connection.on('error', settle).on('end', settle);
    });
  }

  /** Redis connected (ready for commands). */
  get available(): boolean {
    return this.connection.status === 'ready';
  }

  get bufferedJobs(): number {
    return this.buffer.length;
  }

  /** Why a sampled job would be dropped right now, if it would; lets callers skip building it. */
  refusal(): DropReason | undefined {
    if (this.closed) return 'closed';
    if (!this.available && !this.connecting) return 'redis_unavailable';
    if (this.queueFull) return 'queue_full';
    if (this.buffer.length >= this.config.offerBufferSize) return 'buffer_full';
    return undefined;
  }

  /** Buffers a sampled job (sealed at the flush); returns the drop reason when it cannot be taken. Never throws for Redis. */
  push(job: PendingJob): DropReason | undefined {
    const refusal = this.refusal();
    if (refusal) return refusal;
    this.buffer.push(job);
    this.metrics.buffered.set(this.buffer.length);
    this.schedule();
    return undefined;
  }

  private schedule(): void {
    if (this.draining || this.gathering) {
      // A full batch does not wait for the window to end.
      if (this.gathering && this.buffer.length >= BATCH) this.startDrain();
      return;
    }
    if (this.config.offerFlushIntervalMs === 0 || this.buffer.length >= BATCH) this.startDrain();
    else this.gathering = setTimeout(() => this.startDrain(), this.config.offerFlushIntervalMs);
  }

  private startDrain(): void {
    clearTimeout(this.gathering);
    this.gathering = undefined;
    if (this.draining) return;
    // setImmediate: the offer that filled the buffer returns before any Redis work starts.
    this.draining = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.draining = undefined;
        if (this.buffer.length > 0) this.schedule();
      });
  }

  private async drain(): Promise<void> {
    if (this.connecting) await this.firstAttempt;
    while (this.buffer.length > 0) {
      const pending = this.buffer.splice(0, BATCH);
      this.metrics.buffered.set(this.buffer.length);
      if (!this.available) {
        this.metrics.dropped.inc({ reason: 'redis_unavailable' }, pending.length);
        continue;
      }
      // What waited for the first connection, or was taken just before the last check found the queue
      // full, is held to QUEUE_MAX_WAITING too.
      if (this.queueFull) {
        this.metrics.dropped.inc({ reason: 'queue_full' }, pending.length);
        continue;
      }
      const batch: BufferedJob[] = [];
      for (let i = 0; i < pending.length; i += SEAL_SLICE) {
        if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        this.seal(pending.slice(i, i + SEAL_SLICE), batch);
      }
      if (batch.length === 0) continue;
      try {
        await this.queue.addBulk(batch);
        this.metrics.enqueued.inc(batch.length);
      } catch (err) {
        // The batch may be partly in Redis; the ones that are will still be counted by workers.
        this.metrics.dropped.inc({ reason: 'redis_unavailable' }, batch.length);
        this.logger?.warn({ err, jobs: batch.length }, 'enqueue failed; jobs dropped');
      }
    }
  }

  /** Builds and seals a slice into `batch`. A job that fails here is counted rejected, as offer() counts its own failures. */
  private seal(pending: PendingJob[], batch: BufferedJob[]): void {
    for (const item of pending) {
      try {
        const job = typeof item === 'function' ? item() : item;
        if (job) batch.push({ name: JOB_NAME, data: toPayload(job, this.keyring), opts: jobOptions(job.jobId, this.config) });
      } catch (err) {
        this.metrics.rejected.inc();
        this.logger?.error({ err }, 'sampled event could not be built or sealed');
      }
    }
  }

  /** Backpressure reads the waiting count on a timer, never per offer. */
  private async checkWaiting(): Promise<void> {
    if (!this.available || this.closed) return;
    try {
      const waiting = await this.queue.getWaitingCount();
      this.metrics.queueWaiting.set(waiting);
      const full = waiting >= this.config.queueMaxWaiting;
      if (full !== this.queueFull) this.logger?.warn({ waiting, limit: this.config.queueMaxWaiting }, full ? 'queue full: dropping sampled events' : 'queue below limit again');
      this.queueFull = full;
    } catch {
      // Redis went away between the check and the call; the next tick tries again.
    }
  }

  /** Ends the gathering window and waits until every buffered job has been added or dropped. */
  async flush(): Promise<void> {
    while (this.draining || this.gathering) {
      if (this.gathering) this.startDrain();
      await this.draining;
    }
  }

  /** Stops taking jobs, flushes for up to `timeoutMs`, then closes the connection. */
  async close(timeoutMs = 5_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.flush(), new Promise<void>((resolve) => (timeout = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timeout);
    clearTimeout(this.gathering);
    this.gathering = undefined;
    const left = this.buffer.length;
    if (left > 0) {
      this.buffer = [];
      this.metrics.dropped.inc({ reason: 'closed' }, left);
    }
    await this.queue.close().catch(() => undefined);
    absorbLateConnectionErrors(this.queue);
    await closeRedis(this.connection);
  }
}
