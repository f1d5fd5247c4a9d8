// The worker in-process against a real Redis: undecodable payloads, classifier failures with retries,
// handing jobs back at the shutdown deadline, and SIGTERM on a real worker process.
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStore } from '../../src/aggregate/redis-store.js';
import { createCensus } from '../../src/census.js';
import type { Classifier } from '../../src/classify/classifier.js';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig, type Config } from '../../src/config.js';
import { BackendError } from '../../src/errors/index.js';
import { startWorker } from '../../src/worker/worker.js';
import { countedEvents, watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, spawnService, waitFor } from '../support/services.js';

const taxonomy = loadTaxonomy();
const random = mulberry32(21);
let nextId = 0;

describe('worker', () => {
  let redis: TestRedis;
  const used: ReturnType<typeof uniqueNames>[] = [];

  /** Config on fresh names, and `n` events queued through a census with `payloadKey`. */
  async function queued(n: number, extra: NodeJS.ProcessEnv = {}, payloadKey?: string): Promise<{ config: Config; env: NodeJS.ProcessEnv }> {
    const names = uniqueNames('worker');
    used.push(names);
    const env = distributedEnv(redis.url, names, { JOB_BACKOFF_MS: '10', ...extra });
    const config = loadConfig(env);
    const census = createCensus(loadConfig({ ...env, ...(payloadKey ? { PAYLOAD_KEY: payloadKey } : {}) }), { registry: new Registry() });
    await waitFor(() => census.ready, 'producer connected');
    for (let i = 0; i < n; i++) expect(census.offer(syntheticEvent(nextId++, random)).accepted).toBe(true);
    await census.close();
    return { config, env };
  }

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    for (const names of used) await cleanRedis(redis.url, names);
    await redis.close();
  });

  it('counts a payload it cannot open as unclassified payload_error, without retrying', async () => {
    const { config } = await queued(5, {}, `other:${randomBytes(32).toString('base64')}`);
    const running = startWorker(config, { classifier: createClassifier(config), taxonomy, registry: new Registry() });
    try {
      await waitFor(async () => countedEvents(await running.store.snapshot()) === 5, 'counted');
      const snap = await running.store.snapshot();
      expect(snap.unclassifiedReasons.reduce((s, r) => s + (r.reason === 'payload_error' ? r.count : 0), 0)).toBe(5);
      expect((await running.metrics.retried.get()).values.reduce((s, v) => s + v.value, 0)).toBe(0);
    } finally {
      await running.close();
    }
  });

  it('retries a failing classifier with backoff, then counts the event unclassified with the reason', async () => {
    const { config } = await queued(4, { JOB_ATTEMPTS: '3' });
    let calls = 0;
    const failing: Classifier = {
      name: 'failing',
      async classify() {
        calls++;
        throw new BackendError('unavailable', 'backend down');
      },
    };
    const running = startWorker(config, { classifier: failing, taxonomy, registry: new Registry() });
    const watch = watchQueue(redis.url, config.queueName);
    try {
      await waitFor(async () => countedEvents(await running.store.snapshot()) === 4 && (await watch.openJobs()) === 0, 'counted');
      const snap = await running.store.snapshot();
      expect(new Set(snap.unclassifiedReasons.map((r) => r.reason))).toEqual(new Set(['unavailable']));
      expect(snap.unclassifiedReasons.reduce((s, r) => s + r.count, 0)).toBe(4);
      expect(snap.cells.every((c) => c.category === 'unclassified')).toBe(true);
      expect(calls).toBe(12);
      expect((await running.metrics.retried.get()).values.find((v) => v.labels.reason === 'unavailable')?.value).toBe(8);
      expect(await watch.queue.getJobCounts('failed', 'completed')).toEqual({ failed: 0, completed: 0 });
    } finally {
      await watch.close();
      await running.close();
    }
  });

  it('hands active jobs back at the shutdown deadline, and another worker counts them once', async () => {
    // 16 active jobs wait on one shared shutdown signal: more listeners than Node's default limit of 10.
    const { config } = await queued(20, { WORKER_CONCURRENCY: '16' });
    const hanging: Classifier = { name: 'hanging', classify: () => new Promise(() => undefined) };
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const first = startWorker(config, { classifier: hanging, taxonomy, registry: new Registry() });
    const watch = watchQueue(redis.url, config.queueName);
    try {
      await waitFor(async () => (await watch.queue.getActiveCount()) === 16, 'sixteen jobs active');
      expect(await first.close(200)).toEqual({ handedBack: true });
      expect(await watch.queue.getActiveCount()).toBe(0);
      expect(await watch.openJobs()).toBe(20);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);

      const second = startWorker(config, { classifier: createClassifier(config), taxonomy, registry: new Registry() });
      try {
        await waitFor(async () => (await watch.openJobs()) === 0 && countedEvents(await second.store.snapshot()) === 20, 'counted');
        expect(countedEvents(await second.store.snapshot())).toBe(20);
        expect((await second.store.snapshot()).unclassifiedReasons).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      process.off('warning', onWarning);
      await watch.close();
    }
  });

  it('counts a job whose worker died more than WORKER_MAX_STALLED times as unclassified stalled', async () => {
    const { config } = await queued(2, { WORKER_MAX_STALLED: '0', WORKER_LOCK_MS: '500', WORKER_STALLED_INTERVAL_MS: '200', WORKER_CONCURRENCY: '2' });
    const hanging: Classifier = { name: 'hanging', classify: () => new Promise(() => undefined) };
    const dying = startWorker(config, { classifier: hanging, taxonomy, registry: new Registry() });
    const watch = watchQueue(redis.url, config.queueName);
    try {
      await waitFor(async () => (await watch.queue.getActiveCount()) === 2, 'both jobs active');
      // Dies holding both jobs: no completion, no hand-back, no lock renewal.
      await dying.worker.close(true);
      await dying.close(0);
      const next = startWorker(config, { classifier: createClassifier(config), taxonomy, registry: new Registry() });
      try {
        await waitFor(async () => countedEvents(await next.store.snapshot()) === 2 && (await watch.openJobs()) === 0, 'stalled jobs counted');
        const snap = await next.store.snapshot();
        expect(snap.unclassifiedReasons.reduce((s, r) => s + (r.reason === 'stalled' ? r.count : 0), 0)).toBe(2);
      } finally {
        await next.close();
      }
    } finally {
      await watch.close();
    }
  });

  it('a worker process exits 0 on SIGTERM mid-backlog; nothing is lost or double counted', async () => {
    const { config, env } = await queued(3_000, { SHUTDOWN_TIMEOUT_MS: '3000' });
    const store = openRedisStore(config);
    const watch = watchQueue(redis.url, config.queueName);
    try {
      const worker = await spawnService('worker', env);
      await waitFor(async () => countedEvents(await store.snapshot()) > 300, 'worker under way');
      expect(await worker.stop()).toBe(0);
      expect(worker.stderr()).toMatch(/"msg":"worker stopped"/);
      const left = await watch.openJobs();
      expect(left).toBeGreaterThan(0);
      expect(await watch.queue.getActiveCount()).toBe(0);

      const next = await spawnService('worker', env);
      await waitFor(async () => (await watch.openJobs()) === 0 && countedEvents(await store.snapshot()) === 3_000, 'backlog done', 120_000, 100);
      expect(await next.stop()).toBe(0);
      expect(countedEvents(await store.snapshot())).toBe(3_000);
    } finally {
      await watch.close();
      await store.close();
    }
  });
});
