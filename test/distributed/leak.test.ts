// Acceptance 3: events carry canaries in prompts and account ids. While queued and after the run,
// no key or value in Redis (strings, hashes, lists, sets, sorted sets, streams), no line of the
// sidecar's or worker's log (at trace level), no /metrics page and no HTTP reply holds a canary or
// any 24-character run of a prompt; and no job key is left once the queue drains.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { loadConfig } from '../../src/config.js';
import { countedEvents, watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { findLeak, promptRuns } from '../support/leaks.js';
import { dumpRedis, startRedisServer, uniqueNames, type ThrowawayRedis } from '../support/redis.js';
import { distributedEnv, spawnService, untilReady, waitFor, type Service } from '../support/services.js';

// Whole processes and a real Redis: on a busy 2-core machine this takes minutes, not seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

const CANARIES = ['CANARY-DIST-7f3a9c1e', 'canary.dist.7f3a@example.com', 'CANARY-DIST-ACCOUNT-51d2e8', 'CANARY-DIST-BAD-9b77'];
const EVENTS = 600;

const random = mulberry32(1234);
const events = Array.from({ length: EVENTS }, (_, i) => {
  const event = syntheticEvent(i, random, i % 3 === 0 ? `reference ${CANARIES[0]} mail ${CANARIES[1]} card 4111 1111 1111 1111` : '');
  if (i % 4 === 0) event.accountId = `${CANARIES[2]}-${i}`;
  return event;
});
const runs = promptRuns(events.flatMap((e) => (e.messages ?? []).map((m) => String(m.content))));
const leak = (text: string) => findLeak(text, CANARIES, runs);

describe('no prompt text outlives its job', () => {
  // Its own Redis: the scan reads every key there is.
  let redis: ThrowawayRedis;
  const names = uniqueNames('leak');
  let env: NodeJS.ProcessEnv;
  let store: RedisAggregateStore;
  const services: Service[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    env = distributedEnv(redis.url, names, { LOG_LEVEL: 'trace', DIMENSIONS: 'model' });
    store = openRedisStore(loadConfig(env));
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await store.close();
    await redis.destroy();
  });

  it('leaves no canary or prompt run in Redis, logs, metrics or replies', async () => {
    const sidecar = await spawnService('sidecar', env);
    services.push(sidecar);
    await untilReady(sidecar, 'sidecar');
    const base = `http://127.0.0.1:${sidecar.port}`;
    const replies: string[] = [];
    for (let i = 0; i < EVENTS; i += 100) {
      const body = events.slice(i, i + 100).map((e) => JSON.stringify(e)).join('\n') + `\n{"id": "bad", "prompt": ${JSON.stringify(CANARIES[3])}, "usage": {"promptTokens": "${CANARIES[3]}"}}\n`;
      const res = await fetch(`${base}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
      expect(res.status).toBe(202);
      replies.push(await res.text());
    }
    const single = await fetch(`${base}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"id": 1, "prompt": "${CANARIES[3]}"}` });
    expect(single.status).toBe(400);
    replies.push(await single.text());

    // While queued: the payloads are sealed.
    const watch = watchQueue(redis.url, names.queueName);
    try {
      await waitFor(async () => (await watch.openJobs()) === EVENTS, 'all events queued');
      const queued = await dumpRedis(redis.url);
      expect(queued.keys.filter((k) => /^bull:.*:[0-9a-f]{64}$/.test(k))).toHaveLength(EVENTS);
      expect(leak(queued.text), 'redis while queued').toBeUndefined();

      const worker = await spawnService('worker', env);
      services.push(worker);
      await waitFor(async () => (await watch.openJobs()) === 0 && countedEvents(await store.snapshot()) === EVENTS, 'queue drained', 120_000, 100);
      const metrics = [await (await fetch(`${base}/metrics`)).text(), await (await fetch(`http://127.0.0.1:${worker.port}/metrics`)).text()];
      expect(metrics[1]).toMatch(/^prompt_census_processed_total\{outcome="counted"\} 600$/m);
      // Both processes serve Node's default metrics too (collectProcessMetrics), and the scan below covers them.
      for (const page of metrics) expect(page).toMatch(/^process_cpu_user_seconds_total \d/m);

      // After: no job key, no payload, nothing textual anywhere.
      const after = await dumpRedis(redis.url);
      expect(after.keys.filter((k) => /^bull:.*:[0-9a-f]{64}$/.test(k)), 'job keys left').toEqual([]);
      expect(leak(after.text), 'redis after the run').toBeUndefined();
      for (const [i, page] of metrics.entries()) expect(leak(page), `metrics ${i}`).toBeUndefined();
      for (const reply of replies) expect(leak(reply), 'http reply').toBeUndefined();

      expect(await sidecar.stop()).toBe(0);
      expect(await worker.stop()).toBe(0);
      expect(sidecar.stderr()).toMatch(/"msg":"sidecar listening"/);
      expect(worker.stderr()).toMatch(/"msg":"worker started"/);
      expect(leak(sidecar.stderr()), 'sidecar log').toBeUndefined();
      expect(leak(worker.stderr()), 'worker log').toBeUndefined();
    } finally {
      await watch.close();
    }
  });
});
