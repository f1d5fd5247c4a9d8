// The producer builds and seals its buffered jobs at the flush. A job that fails there is counted and
// logged without its text; the rest of its batch is queued and the host sees no rejection. A large
// batch is built in slices, with the host's own callbacks run in between.
import { PassThrough } from 'node:stream';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { censusMetrics } from '../../src/metrics/census-metrics.js';
import type { SampledJob } from '../../src/pipeline.js';
import { parseKeyring } from '../../src/queue/keyring.js';
import { JobProducer, SEAL_SLICE } from '../../src/queue/producer.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, waitFor } from '../support/services.js';
import { watchQueue } from '../support/distributed.js';

const CANARY = 'CANARY-producer-7f3a91';

const job = (jobId: string): SampledJob => ({ v: 1, jobId, bucketStart: '2026-12-06T10:00:00.000Z', dims: {}, transcript: `User: ${CANARY} text` });

describe('JobProducer', () => {
  let redis: TestRedis;
  const names = uniqueNames('producer');
  const sliceNames = uniqueNames('producer-slices');

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await cleanRedis(redis.url, names);
    await cleanRedis(redis.url, sliceNames);
    await redis.close();
  });

  it('counts a job whose build fails at the flush as rejected, logs no text, and queues the rest of the batch', async () => {
    const env = distributedEnv(redis.url, names);
    const metrics = censusMetrics(new Registry());
    const log = new PassThrough();
    let logged = '';
    log.on('data', (chunk: Buffer) => (logged += chunk.toString('utf8')));
    const producer = new JobProducer(loadConfig(env), parseKeyring(env.PAYLOAD_KEY!), metrics, createLogger('info', log));
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      await waitFor(() => producer.available, 'connected');
      expect(producer.push(job('a1'))).toBeUndefined();
      expect(producer.push(() => { throw new Error(`bad event ${CANARY}`); })).toBeUndefined();
      expect(producer.push(() => undefined)).toBeUndefined();
      expect(producer.push(() => job('a2'))).toBeUndefined();
      await producer.flush();
      await new Promise((resolve) => setImmediate(resolve));

      expect((await metrics.rejected.get()).values[0]?.value).toBe(1);
      expect((await metrics.enqueued.get()).values[0]?.value).toBe(2);
      expect(logged).toContain('sampled event could not be built or sealed');
      expect(logged).not.toContain(CANARY);
      expect(unhandled).toEqual([]);
      const watch = watchQueue(redis.url, names.queueName);
      try {
        expect((await watch.queue.getJobs(['waiting'])).map((j) => j.id).sort()).toEqual(['a1', 'a2']);
      } finally {
        await watch.close();
      }
    } finally {
      process.off('unhandledRejection', record);
      await producer.close(1_000);
    }
  });

  it('builds and seals a large batch in slices, giving the event loop back to the host between them', async () => {
    const env = distributedEnv(redis.url, sliceNames);
    const metrics = censusMetrics(new Registry());
    const producer = new JobProducer(loadConfig(env), parseKeyring(env.PAYLOAD_KEY!), metrics);
    try {
      await waitFor(() => producer.available, 'connected');
      const jobs = 3 * SEAL_SLICE + 5;
      let built = 0;
      let builtWhenHostRan: number | undefined;
      for (let i = 0; i < jobs; i++) {
        producer.push(() => {
          // The host's callback, queued while the first job is built, runs once that slice is done.
          if (built++ === 0) setImmediate(() => (builtWhenHostRan = built));
          return job(`s${i}`);
        });
      }
      await producer.flush();

      expect(builtWhenHostRan).toBe(SEAL_SLICE);
      expect((await metrics.enqueued.get()).values[0]?.value).toBe(jobs);
    } finally {
      await producer.close(1_000);
    }
  });
});
