// Acceptance 2: 10,000 queued events, three worker processes, one SIGKILLed at random every few
// hundred jobs and restarted. Once the queue drains the counts are exact: nothing lost (stalled jobs
// come back), nothing counted twice (the Lua claim absorbs re-runs of jobs already applied).
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { createCensus } from '../../src/census.js';
import { loadConfig } from '../../src/config.js';
import { compareCells, countedEvents, embeddedSnapshot, sortedBy, watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticNdjson } from '../support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, spawnService, waitFor, type Service } from '../support/services.js';

const EVENTS = 10_000;

describe('worker fleet under SIGKILL', () => {
  let redis: TestRedis;
  const names = uniqueNames('chaos');
  let env: NodeJS.ProcessEnv;
  let store: RedisAggregateStore;
  const workers: (Service | undefined)[] = [];

  beforeAll(async () => {
    redis = await testRedis();
    env = distributedEnv(redis.url, names, {
      // Short locks so a killed worker's jobs come back within seconds.
      WORKER_LOCK_MS: '1500',
      WORKER_STALLED_INTERVAL_MS: '500',
      // The poison-job guard is not under test here: let a job survive many kills of its worker.
      WORKER_MAX_STALLED: '50',
      WORKER_CONCURRENCY: '8',
    });
    store = openRedisStore(loadConfig(env));
  });
  afterAll(async () => {
    for (const w of workers) await w?.kill();
    await store.close();
    await cleanRedis(redis.url, names);
    await redis.close();
  });

  it('counts exactly once with workers killed mid-job', async () => {
    const ndjson = syntheticNdjson(EVENTS, 77);
    const census = createCensus(loadConfig({ ...env, OFFER_BUFFER_SIZE: String(EVENTS) }), { registry: new Registry() });
    await waitFor(() => census.ready, 'producer connected');
    for (const line of ndjson.trimEnd().split('\n')) expect(census.offer(JSON.parse(line)).accepted).toBe(true);
    await census.flush();
    expect((await census.metrics.enqueued.get()).values[0]?.value).toBe(EVENTS);
    await census.close();

    const watch = watchQueue(redis.url, names.queueName);
    const random = mulberry32(5);
    let kills = 0;
    try {
      workers.push(...(await Promise.all([0, 1, 2].map(() => spawnService('worker', env)))));
      const respawns: Promise<void>[] = [];
      let left = await watch.openJobs();
      let nextKillAt = left - (200 + Math.floor(random() * 300));
      await waitFor(
        async () => {
          left = await watch.openJobs();
          const alive = workers.filter((w): w is Service => w !== undefined);
          if (left <= nextKillAt && left > 300 && alive.length > 0) {
            const victim = alive[Math.floor(random() * alive.length)]!;
            workers[workers.indexOf(victim)] = undefined;
            await victim.kill();
            kills++;
            // Restart in the background: the others keep working meanwhile, as in a real fleet.
            respawns.push(spawnService('worker', env).then((w) => void workers.push(w)));
            nextKillAt = left - (200 + Math.floor(random() * 300));
          }
          return left === 0 && countedEvents(await store.snapshot()) >= EVENTS;
        },
        'queue drained',
        240_000,
        25,
      );
      await Promise.all(respawns);
    } finally {
      await watch.close();
    }
    expect(kills).toBeGreaterThanOrEqual(10);

    const [actual, expected] = await Promise.all([store.snapshot(), embeddedSnapshot(ndjson, env)]);
    expect(countedEvents(actual)).toBe(EVENTS);
    const { differences } = compareCells(expected, actual);
    expect(differences).toEqual([]);
    expect(sortedBy(actual.pii)).toEqual(sortedBy(expected.pii));
    expect(sortedBy(actual.sampleRates ?? [])).toEqual(sortedBy(expected.sampleRates ?? [])); // once per event, like the counts
    expect(actual.unclassifiedReasons).toEqual([]);
  }, 300_000);
});
