// Acceptance 6b and 6c: worker throughput.
//  (b) jobs/s of the prompt-census worker (open seal, redact, local classifier, Lua claim-and-apply)
//      against a bare BullMQ worker with a no-op processor, same Redis, same jobs, same concurrency.
//      Also shown, not part of the ratio: a BullMQ worker whose processor only counts a fixed record per
//      job through the store's claim-and-apply (one Lua call for the records that arrive together;
//      nothing opened or classified), the floor that counting exactly once sets. One untimed warm-up
//      run of each first (JIT, scripts).
//  (c) jobs/s with a classifier mocked at 50 ms latency and concurrency C, against the ideal C / 0.05 s.
// Jobs are queued through createCensus at rate 1 before each timed run; workers run in this process.
import { randomBytes } from 'node:crypto';
import { Worker, type Job } from 'bullmq';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import type { Classifier } from '../src/classify/classifier.js';
import { createClassifier } from '../src/classify/create-classifier.js';
import { loadTaxonomy } from '../src/classify/taxonomy.js';
import { loadConfig, type Config } from '../src/config.js';
import { RedisAggregateStore } from '../src/aggregate/redis-store.js';
import { createRedis, closeRedis } from '../src/queue/redis-client.js';
import { redact } from '../src/redact/index.js';
import { startWorker } from '../src/worker/worker.js';
import { limitClassifier } from './limited-classifier.js';
import { fmtRate, median } from './machine.js';
import { startRedisServer } from './redis-server.js';
import { mulberry32, syntheticEvent } from './synthetic-events.js';

export interface WorkerBenchResult {
  jobs: number;
  concurrency: number;
  bareJobsPerSecond: number[];
  censusJobsPerSecond: number[];
  /** Bare worker plus the claim-and-apply of a fixed record per job. */
  applyOnlyJobsPerSecond: number[];
  ratio: number;
  applyOnlyRatio: number;
  mock: { concurrency: number; jobs: number; jobsPerSecond: number; ideal: number; ratio: number };
}

let run = 0;

function configFor(redisUrl: string, extra: Record<string, string> = {}): Config {
  run++;
  return loadConfig({
    REDIS_URL: redisUrl,
    QUEUE_NAME: `bench-worker-${run}`,
    KEY_PREFIX: `{bench-${run}}`,
    SAMPLER_KEY: 'bench-sampler-key-0123456789abcdef0123',
    PAYLOAD_KEY: randomBytes(32).toString('base64'),
    SAMPLE_RATE: '1',
    LOG_LEVEL: 'silent',
    ...extra,
  });
}

async function fill(config: Config, jobs: number): Promise<void> {
  const census = createCensus(config, { registry: new Registry() });
  while (!census.ready) await new Promise((resolve) => setTimeout(resolve, 20));
  const random = mulberry32(run);
  for (let i = 0; i < jobs; i++) {
    census.offer(syntheticEvent(i, random));
    if (i % 1000 === 999) await census.flush();
  }
  await census.close();
}

/** Seconds until `worker` has finished `jobs` jobs. */
function timeUntilDone(worker: Worker, jobs: number): Promise<number> {
  const t = process.hrtime.bigint();
  let done = 0;
  return new Promise((resolve) => {
    const onDone = () => {
      if (++done === jobs) resolve(Number(process.hrtime.bigint() - t) / 1e9);
    };
    worker.on('completed', onDone);
    worker.on('failed', onDone);
  });
}

async function bareWorker(config: Config, jobs: number): Promise<number> {
  await fill(config, jobs);
  const connection = createRedis(config.redisUrl, 'worker');
  const worker = new Worker(config.queueName, async () => undefined, { connection, concurrency: config.workerConcurrency, autorun: false });
  const seconds = timeUntilDone(worker, jobs);
  void worker.run();
  const s = await seconds;
  await worker.close();
  await closeRedis(connection);
  return jobs / s;
}

async function applyOnlyWorker(config: Config, jobs: number): Promise<number> {
  await fill(config, jobs);
  const connection = createRedis(config.redisUrl, 'worker');
  const storeClient = createRedis(config.redisUrl, 'store');
  const store = new RedisAggregateStore(storeClient, { prefix: config.keyPrefix, seenTtlSeconds: config.seenTtlSeconds, accountSampleCap: config.accountSampleCap });
  // The job's own id and bucket, so claims and keys spread as the real worker's do; the rest is fixed.
  const apply = async (job: Job<{ bucketStart: string }>) => {
    await store.applyWithOutcome({ jobId: job.id!, bucketStart: job.data.bucketStart, model: '', app: '', promptTokens: 1, completionTokens: 1, chars: 1, categories: { topic: 'other' }, pii: {} });
  };
  const worker = new Worker(config.queueName, apply, { connection, concurrency: config.workerConcurrency, autorun: false });
  const seconds = timeUntilDone(worker, jobs);
  void worker.run();
  const s = await seconds;
  await worker.close();
  await Promise.all([closeRedis(connection), closeRedis(storeClient)]);
  return jobs / s;
}

async function censusWorker(config: Config, jobs: number, classifier: Classifier): Promise<number> {
  // Load the name lists and the model first: a worker process pays for them once, not per job.
  redact('Warm-up: Alice Smith, 12 Main Street, alice@example.com');
  await classifier.classify('USER: warm up');
  await fill(config, jobs);
  const running = startWorker(config, { classifier, taxonomy: loadTaxonomy(), registry: new Registry() });
  const s = await timeUntilDone(running.worker, jobs);
  await running.close();
  return jobs / s;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mockBackend: Classifier = {
  name: 'mock-50ms',
  async classify() {
    await sleep(50);
    return { results: { topic: { category: 'programming', confidence: 1 } }, labels: [] };
  },
};

export async function runWorkerBench(jobs = 4_000, rounds = 5, mockConcurrency = 32): Promise<WorkerBenchResult> {
  const redis = await startRedisServer();
  try {
    const bare: number[] = [];
    const census: number[] = [];
    const applyOnly: number[] = [];
    let concurrency = 0;
    // Warm-up, not timed: the first run of each worker pays for compiling its code paths.
    await bareWorker(configFor(redis.url), 1_000);
    await applyOnlyWorker(configFor(redis.url), 1_000);
    const warm = configFor(redis.url);
    await censusWorker(warm, 1_000, createClassifier(warm));
    for (let i = 0; i < rounds; i++) {
      const bareConfig = configFor(redis.url);
      concurrency = bareConfig.workerConcurrency;
      bare.push(await bareWorker(bareConfig, jobs));
      applyOnly.push(await applyOnlyWorker(configFor(redis.url), jobs));
      const config = configFor(redis.url);
      census.push(await censusWorker(config, jobs, createClassifier(config)));
    }
    const mockJobs = mockConcurrency * 60;
    // C classifier calls in flight (CLASSIFY_CONCURRENCY); the worker holds 2C jobs, as the defaults do
    // (16 and 8), so jobs waiting on Redis round trips never leave the classifier's slots idle.
    const mockConfig = configFor(redis.url, { WORKER_CONCURRENCY: String(2 * mockConcurrency), CLASSIFY_CONCURRENCY: String(mockConcurrency) });
    const mockRate = await censusWorker(mockConfig, mockJobs, limitClassifier(mockBackend, mockConcurrency));
    const ideal = mockConcurrency / 0.05;
    return {
      jobs,
      concurrency,
      bareJobsPerSecond: bare,
      censusJobsPerSecond: census,
      applyOnlyJobsPerSecond: applyOnly,
      ratio: median(census) / median(bare),
      applyOnlyRatio: median(applyOnly) / median(bare),
      mock: { concurrency: mockConcurrency, jobs: mockJobs, jobsPerSecond: mockRate, ideal, ratio: mockRate / ideal },
    };
  } finally {
    await redis.destroy();
  }
}

export function formatWorkerBench(r: WorkerBenchResult): string {
  return [
    `worker throughput, ${r.jobs.toLocaleString('en-US')} queued chat events per run, concurrency ${r.concurrency}, one worker in this process, redis-server on loopback`,
    `  bare BullMQ worker, no-op processor:      ${r.bareJobsPerSecond.map(fmtRate).join(', ')}`,
    `  prompt-census worker, local classifier:   ${r.censusJobsPerSecond.map(fmtRate).join(', ')}`,
    `  ratio (medians) prompt-census / bare: ${r.ratio.toFixed(3)} (target ≥ 0.7)`,
    `  for reference, bare + counting a fixed record per job (claim-and-apply): ${r.applyOnlyJobsPerSecond.map(fmtRate).join(', ')} (ratio ${r.applyOnlyRatio.toFixed(3)})`,
    `classifier mocked at 50 ms, CLASSIFY_CONCURRENCY C = ${r.mock.concurrency} (WORKER_CONCURRENCY 2C), ${r.mock.jobs.toLocaleString('en-US')} jobs: ${fmtRate(r.mock.jobsPerSecond)} against C / 0.05 s = ${fmtRate(r.mock.ideal)}`,
    `  ratio: ${r.mock.ratio.toFixed(3)} (target ≥ 0.9)`,
  ].join('\n');
}
