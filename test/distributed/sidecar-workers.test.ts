// Acceptance 1: events offered through the sidecar to two worker processes end up in Redis exactly as
// the embedded run counts them, field by field (distinct accounts: HyperLogLog, see below).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { buildRows } from '../../src/release/build-rows.js';
import { compareCells, countedEvents, embeddedSnapshot, sortedBy, watchQueue } from '../support/distributed.js';
import { syntheticNdjson } from '../support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, spawnService, untilReady, waitFor, type Service } from '../support/services.js';

// Whole processes and a real Redis: on a busy 2-core machine this takes minutes, not seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

const EVENTS = 5_000;

describe('sidecar → queue → two workers → Redis aggregates', () => {
  let redis: TestRedis;
  const names = uniqueNames('eq');
  let env: NodeJS.ProcessEnv;
  let store: RedisAggregateStore;
  const services: Service[] = [];

  beforeAll(async () => {
    redis = await testRedis();
    env = distributedEnv(redis.url, names, { DIMENSIONS: 'model', BUCKET: 'week' });
    store = openRedisStore(loadConfig(env));
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await store.close();
    await cleanRedis(redis.url, names);
    await redis.close();
  });

  it('counts 5,000 events at rate 1 exactly as the embedded run does', async () => {
    const ndjson = syntheticNdjson(EVENTS, 31);
    const [sidecar, ...workers] = await Promise.all([spawnService('sidecar', env), spawnService('worker', env), spawnService('worker', env)]);
    services.push(sidecar!, ...workers);
    await untilReady(sidecar!, 'sidecar');

    const lines = ndjson.trimEnd().split('\n');
    for (let i = 0; i < lines.length; i += 500) {
      const res = await fetch(`http://127.0.0.1:${sidecar!.port}/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: lines.slice(i, i + 500).join('\n') + '\n',
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ accepted: 500, sampled: 500, rejected: [] });
    }

    const watch = watchQueue(redis.url, names.queueName);
    try {
      await waitFor(async () => countedEvents(await store.snapshot()) === EVENTS && (await watch.openJobs()) === 0, 'all events counted', 120_000, 200);
    } finally {
      await watch.close();
    }

    const [actual, expected] = await Promise.all([store.snapshot(), embeddedSnapshot(ndjson, env)]);
    // Events, prompt and completion tokens and characters: equal in every cell.
    const { differences, accountsMaxRelError, accountsExactCells } = compareCells(expected, actual);
    expect(differences).toEqual([]);
    expect(actual.cells).toHaveLength(expected.cells.length);
    // Distinct accounts: Redis keeps a HyperLogLog per cell. Here cells hold up to ~130 accounts,
    // where Redis's sparse HLL is exact or within a few percent; the bound is 5%, and the test
    // reports how many cells matched exactly.
    expect(accountsMaxRelError).toBeLessThanOrEqual(0.05);
    expect(accountsExactCells).toBeGreaterThan(expected.cells.length * 0.5);
    expect(sortedBy(actual.pii)).toEqual(sortedBy(expected.pii));
    expect(sortedBy(actual.unclassifiedReasons)).toEqual(sortedBy(expected.unclassifiedReasons));
    // Every counted event recorded the rate the sidecar sampled it at, as the embedded run did.
    expect(sortedBy(actual.sampleRates ?? [])).toEqual(sortedBy(expected.sampleRates ?? []));
    expect((actual.sampleRates ?? []).reduce((s, r) => s + r.count, 0)).toBe(EVENTS);

    // The released rows agree too, once distinct accounts are taken from one side.
    const config = loadConfig(env);
    const options = { ...config, taxonomy: loadTaxonomy() };
    const strip = (rows: ReturnType<typeof buildRows>) => rows.map(({ distinctAccountsEst: _, ...row }) => row);
    expect(strip(buildRows(actual, options))).toEqual(strip(buildRows(expected, options)));

    // Graceful shutdown of everything: exit code 0.
    const codes = await Promise.all(services.map((s) => s.stop()));
    expect(codes).toEqual([0, 0, 0]);
  });
});
