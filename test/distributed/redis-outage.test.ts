// Acceptance 4: Redis stopped during a run. offer() keeps returning fast (p99 under 1 ms, measured
// around each call), drops are counted by reason (in the library and on the sidecar's /metrics), the
// sidecar stays up and reports not-ready, and when Redis returns everything reconnects: every event
// that was queued is counted exactly once.
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { createCensus, type Census } from '../../src/census.js';
import { loadConfig } from '../../src/config.js';
import { countedEvents } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { startRedisServer, uniqueNames, type ThrowawayRedis } from '../support/redis.js';
import { distributedEnv, metricValue, spawnService, untilReady, waitFor, type Service } from '../support/services.js';

// Whole processes and a real Redis: on a busy 2-core machine this takes minutes, not seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

const random = mulberry32(8);
let nextId = 0;
const batch = (n: number) => Array.from({ length: n }, () => syntheticEvent(nextId++, random));
const DROPPED_UNAVAILABLE = 'prompt_census_dropped_total{reason="redis_unavailable"}';

describe('Redis outage', () => {
  // Its own Redis, persisted to an append-only file so counts survive the restart.
  let redis: ThrowawayRedis;
  const names = uniqueNames('outage');
  let env: NodeJS.ProcessEnv;
  let census: Census;
  let store: RedisAggregateStore;
  const services: Service[] = [];

  beforeAll(async () => {
    redis = await startRedisServer({ persist: true });
    env = distributedEnv(redis.url, names, { WORKER_LOCK_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000' });
    census = createCensus(loadConfig(env), { registry: new Registry() });
    store = openRedisStore(loadConfig(env));
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await census.close(1_000);
    await store.close();
    await redis.destroy();
  });

  it('keeps offer() fast, counts drops, and recovers when Redis returns', async () => {
    const [sidecar, worker] = await Promise.all([spawnService('sidecar', env), spawnService('worker', env)]);
    services.push(sidecar!, worker!);
    const base = `http://127.0.0.1:${sidecar!.port}`;
    const post = (events: unknown[]) =>
      fetch(`${base}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: events.map((e) => JSON.stringify(e)).join('\n') });
    const sidecarMetrics = async () => (await fetch(`${base}/metrics`)).text();
    const enqueued = async () => ((await census.metrics.enqueued.get()).values[0]?.value ?? 0) + metricValue(await sidecarMetrics(), 'prompt_census_enqueued_total');

    // Before: events flow and are counted.
    await waitFor(() => census.ready, 'producer connected');
    await untilReady(sidecar!, 'sidecar');
    for (const e of batch(200)) census.offer(e);
    expect((await post(batch(200))).status).toBe(202);
    await census.flush();
    await waitFor(async () => countedEvents(await store.snapshot()) === 400, 'first 400 counted');

    // Outage.
    await redis.stop();
    await waitFor(() => !census.ready, 'producer sees Redis gone');
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 503, 'sidecar not ready');

    const latenciesNs: bigint[] = [];
    const events = batch(20_000);
    for (const event of events) {
      const t = process.hrtime.bigint();
      census.offer(event);
      latenciesNs.push(process.hrtime.bigint() - t);
    }
    latenciesNs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const p99Ms = Number(latenciesNs[Math.floor(latenciesNs.length * 0.99)]!) / 1e6;
    expect(p99Ms).toBeLessThan(1);
    const dropped = (await census.metrics.dropped.get()).values.find((v) => v.labels.reason === 'redis_unavailable')?.value ?? 0;
    expect(dropped).toBe(events.length);

    const during = await post(batch(100));
    expect(during.status).toBe(202);
    expect(await during.json()).toMatchObject({ accepted: 100, sampled: 100 });
    expect(metricValue(await sidecarMetrics(), DROPPED_UNAVAILABLE)).toBe(100);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    // Redis returns: producers, sidecar and worker reconnect by themselves.
    await redis.start();
    await waitFor(() => census.ready, 'producer reconnected', 30_000);
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, 'sidecar ready again', 30_000);
    for (const e of batch(200)) census.offer(e);
    expect((await post(batch(200))).status).toBe(202);
    await census.flush();
    const queued = await waitFor(async () => {
      const n = await enqueued();
      return n === 800 ? n : 0;
    }, 'after-outage events queued');
    await waitFor(async () => countedEvents(await store.snapshot()) === queued, 'every queued event counted', 60_000, 100);
    expect(countedEvents(await store.snapshot())).toBe(800);

    expect(await sidecar!.stop()).toBe(0);
    expect(await worker!.stop()).toBe(0);
  });
});
