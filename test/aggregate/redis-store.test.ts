import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../src/aggregate/memory-store.js';
import type { AggregateRecord, AggregateSnapshot } from '../../src/aggregate/record.js';
import { MAX_BATCH, RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { openStore } from '../../src/aggregate/open-store.js';
import { loadConfig } from '../../src/config.js';
import { Redis } from 'ioredis';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';

const B1 = '2026-11-16T00:00:00.000Z';
const B2 = '2026-11-23T00:00:00.000Z';

const record = (over: Partial<AggregateRecord> = {}): AggregateRecord => ({
  jobId: 'j1',
  bucketStart: B2,
  model: '',
  app: '',
  accountHash: 'a'.repeat(32),
  promptTokens: 10,
  completionTokens: 5,
  chars: 100,
  categories: { topic: 'programming' },
  pii: { EMAIL: 1 },
  ...over,
});

const sorted = (s: AggregateSnapshot) => ({
  cells: [...s.cells].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  pii: [...s.pii].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  unclassifiedReasons: [...s.unclassifiedReasons].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  capped: [...(s.capped ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart)),
  sampleRates: [...(s.sampleRates ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.rate - b.rate),
  accountCaps: [...(s.accountCaps ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.cap - b.cap),
  tokenBounds: [...(s.tokenBounds ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.maxTokens - b.maxTokens),
  samplerKeys: [...(s.samplerKeys ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.keyId.localeCompare(b.keyId)),
  bucketUnits: [...(s.bucketUnits ?? [])].sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.bucket.localeCompare(b.bucket)),
});

describe('RedisAggregateStore', () => {
  let redis: TestRedis;
  let client: Redis;
  const stores: { names: ReturnType<typeof uniqueNames> }[] = [];
  const open = (accountSampleCap?: number) => {
    const names = uniqueNames('store');
    stores.push({ names });
    return new RedisAggregateStore(client, { prefix: names.keyPrefix, seenTtlSeconds: 3600, accountSampleCap });
  };

  beforeAll(async () => {
    redis = await testRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    for (const { names } of stores) await cleanRedis(redis.url, names);
    client.disconnect();
    await redis.close();
  });

  it('counts a job once, however often it is applied, and expires the claim set', async () => {
    const store = open();
    expect(await store.apply(record())).toBe(true);
    expect(await store.apply(record())).toBe(false);
    const snap = await store.snapshot();
    expect(snap.cells).toEqual([{ bucketStart: B2, dimension: 'topic', category: 'programming', model: '', app: '', sampledEvents: 1, promptTokens: 10, completionTokens: 5, chars: 100, distinctAccountsEst: 1 }]);
    const ttl = await client.ttl(`${store['prefix']}:seen:${B2}`);
    expect(ttl).toBeGreaterThan(3500);
  });

  it('matches the memory store field by field, including odd model names, PII, reasons and ranges', async () => {
    const store = open();
    const memory = new MemoryAggregateStore();
    const records = [
      record({ jobId: 'a', model: 'gpt|4%o', app: 'x|y', sampleRate: 0.0025, maxTokensPerEvent: 1_000_000, samplerKeyId: '0123456789abcdef', bucket: 'week' }),
      record({ jobId: 'b', accountHash: 'b'.repeat(32), model: 'gpt|4%o', app: 'x|y', sampleRate: 0.0025 }),
      record({ jobId: 'c', categories: { topic: 'unclassified' }, unclassifiedReason: 'timeout', pii: {}, sampleRate: 0.01 }),
      record({ jobId: 'd', bucketStart: B1, accountHash: undefined, pii: { PHONE: 2, EMAIL: 3 } }),
      record({ jobId: 'e', categories: { topic: 'roleplay', tone: 'casual' }, sampleRate: 1 / 3 }),
    ];
    for (const r of records) {
      await store.apply(r);
      await memory.apply(r);
    }
    expect(sorted(await store.snapshot())).toEqual(sorted(await memory.snapshot()));
    expect(sorted(await store.snapshot({ from: B2 }))).toEqual(sorted(await memory.snapshot({ from: B2 })));
    expect(sorted(await store.snapshot({ to: B2 }))).toEqual(sorted(await memory.snapshot({ to: B2 })));
  });

  it('records per bucket how many counted events were sampled at which rate: once per job, none for capped ones', async () => {
    const store = open(1);
    const memory = new MemoryAggregateStore({ accountSampleCap: 1 });
    const records = [
      record({ jobId: 'r1', sampleRate: 0.0025 }),
      record({ jobId: 'r1', sampleRate: 0.0025 }), // replay
      record({ jobId: 'r2', sampleRate: 0.0025 }), // the same account again: capped
      record({ jobId: 'r3', accountHash: 'd'.repeat(32), sampleRate: 0.01, categories: { topic: 'roleplay', tone: 'casual' } }),
      record({ jobId: 'r4', accountHash: 'e'.repeat(32), bucketStart: B1, sampleRate: 0.1 + 0.2 }), // a rate with no short decimal
      record({ jobId: 'r5', accountHash: 'f'.repeat(32) }), // queued before rates were recorded
      record({ jobId: 'r6', accountHash: '1'.repeat(32), samplerKeyId: 'aaaaaaaaaaaaaaaa' }),
      record({ jobId: 'r7', accountHash: '2'.repeat(32), samplerKeyId: 'bbbbbbbbbbbbbbbb' }),
      record({ jobId: 'r7', accountHash: '2'.repeat(32), samplerKeyId: 'bbbbbbbbbbbbbbbb' }), // replay
      record({ jobId: 'r8', accountHash: '3'.repeat(32), bucket: 'week' }),
      record({ jobId: 'r9', accountHash: '3'.repeat(32), bucket: 'day' }), // capped, but a counted job of its unit
      record({ jobId: 'r9', accountHash: '3'.repeat(32), bucket: 'day' }), // replay
    ];
    for (const r of records) {
      await store.apply(r);
      await memory.apply(r);
    }
    const snap = await store.snapshot();
    // Every counted job, capped ones included, under the store's cap; replays not again.
    expect(sorted(snap).accountCaps).toEqual([
      { bucketStart: B1, cap: 1, count: 1 },
      { bucketStart: B2, cap: 1, count: 8 },
    ]);
    expect(sorted(snap).sampleRates).toEqual([
      { bucketStart: B1, rate: 0.1 + 0.2, count: 1 },
      { bucketStart: B2, rate: 0.0025, count: 1 },
      { bucketStart: B2, rate: 0.01, count: 1 },
    ]);
    expect(sorted(snap).samplerKeys).toEqual([
      { bucketStart: B2, keyId: 'aaaaaaaaaaaaaaaa', count: 1 },
      { bucketStart: B2, keyId: 'bbbbbbbbbbbbbbbb', count: 1 },
    ]);
    expect(sorted(snap).bucketUnits).toEqual([
      { bucketStart: B2, bucket: 'day', count: 1 },
      { bucketStart: B2, bucket: 'week', count: 1 },
    ]);
    expect(sorted(snap)).toEqual(sorted(await memory.snapshot()));
    expect((await store.snapshot({ from: B2 })).sampleRates?.map((r) => r.bucketStart)).toEqual([B2, B2]);
  });

  it('enforces ACCOUNT_SAMPLE_CAP per account and bucket like the memory store', async () => {
    const store = open(2);
    const memory = new MemoryAggregateStore({ accountSampleCap: 2 });
    const records = [
      ...['1', '2', '3', '4'].map((id) => record({ jobId: id })),
      record({ jobId: '5', accountHash: 'c'.repeat(32) }),
      record({ jobId: '6', bucketStart: B1 }),
      record({ jobId: '7', accountHash: undefined }),
      record({ jobId: '3' }), // replay of a capped job: still nothing
    ];
    const outcomes = [];
    for (const r of records) {
      outcomes.push(await store.applyWithOutcome(r));
      await memory.apply(r);
    }
    expect(outcomes).toEqual(['counted', 'counted', 'capped', 'capped', 'counted', 'counted', 'counted', 'replay']);
    const snap = await store.snapshot();
    expect(sorted(snap)).toEqual(sorted(await memory.snapshot()));
    expect(snap.capped).toEqual([{ bucketStart: B2, count: 2 }]);
    expect(snap.cells.find((c) => c.bucketStart === B2)?.sampledEvents).toBe(4);
  });

  /** The script calls Redis ran on keys of `prefix` while `work` ran, seen on a MONITOR connection. */
  async function scriptCallsDuring(prefix: string, work: () => Promise<void>): Promise<number> {
    const monitor = await client.monitor();
    let calls = 0;
    const marker = `end-of-work-${prefix}`;
    const ended = new Promise<void>((resolve) =>
      monitor.on('monitor', (_time: string, args: string[]) => {
        if (args[0]?.toLowerCase() === 'evalsha' && args.some((a) => a.startsWith(prefix))) calls++;
        if (args[0]?.toLowerCase() === 'echo' && args[1] === marker) resolve();
      }),
    );
    try {
      await work();
      // MONITOR reports commands in the order Redis ran them: once the marker is in, so is every call.
      await client.echo(marker);
      await ended;
    } finally {
      monitor.disconnect();
    }
    return calls;
  }

  it('counts records applied together in shared script calls exactly as one by one: replays, caps, buckets and cells mixed', async () => {
    const store = open(2);
    const memory = new MemoryAggregateStore({ accountSampleCap: 2 });
    const accounts = ['1', '2', '3', '4', '5'].map((c) => c.repeat(32));
    const topics = ['programming', 'roleplay', 'translation'];
    // 150 records: more than two batches' worth (64, 64, 22), over two buckets; the last 20 repeat job ids
    // 110–129, sent in the second batch (110–127) and in the third itself (128, 129); accounts over the
    // cap, with and without PII, reasons and an account.
    const jobNumber = (i: number) => (i < 130 ? i : i - 20);
    const records = Array.from({ length: 150 }, (_, i) =>
      record({
        jobId: `b${jobNumber(i)}`,
        bucketStart: jobNumber(i) % 3 === 0 ? B1 : B2, // a job id keeps its bucket, as a real one does
        accountHash: i % 11 === 0 ? undefined : accounts[i % accounts.length],
        model: i % 2 ? 'model-a' : 'model|b',
        categories: i % 13 === 0 ? { topic: 'unclassified' } : { topic: topics[i % topics.length]!, tone: i % 4 ? 'casual' : 'formal' },
        unclassifiedReason: i % 13 === 0 ? 'timeout' : undefined,
        promptTokens: i * 7,
        completionTokens: i % 5,
        chars: 100 + i,
        pii: i % 6 === 0 ? { EMAIL: 1, PHONE: i % 4 } : {},
        sampleRate: i % 2 ? 0.0025 : 0.01,
        samplerKeyId: '0123456789abcdef',
        bucket: 'week',
      }),
    );
    let outcomes: string[] = [];
    const calls = await scriptCallsDuring(store['prefix'], async () => {
      outcomes = await Promise.all(records.map((r) => store.applyWithOutcome(r)));
    });
    const counted = [];
    for (const r of records) counted.push(await memory.apply(r));
    expect(outcomes.map((o) => o !== 'replay')).toEqual(counted);
    expect(outcomes.filter((o) => o === 'replay')).toHaveLength(20);
    const snap = await store.snapshot();
    expect(sorted(snap)).toEqual(sorted(await memory.snapshot()));
    const cappedCount = (snap.capped ?? []).reduce((n, c) => n + c.count, 0);
    expect(cappedCount).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o === 'capped')).toHaveLength(cappedCount);
    // Offered in one go, they went in full batches: ceil(150 / MAX_BATCH) calls, not 150.
    expect(calls).toBe(Math.ceil(records.length / MAX_BATCH));
  });

  it('refuses a record with a count Redis cannot add, alone: the records sent with it are counted', async () => {
    const store = open();
    const results = await Promise.allSettled([
      store.applyWithOutcome(record({ jobId: 'ok1' })),
      store.applyWithOutcome(record({ jobId: 'bad', promptTokens: 1.5 })),
      store.applyWithOutcome(record({ jobId: 'bad2', pii: { EMAIL: -1 } })),
      store.applyWithOutcome(record({ jobId: 'ok2', accountHash: 'b'.repeat(32) })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/promptTokens is not a whole number/);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/pii\.EMAIL is not a whole number/);
    const snap = await store.snapshot();
    expect(snap.cells.map((c) => c.sampledEvents)).toEqual([2]);
  });

  it('rejects every record of a call Redis refuses, and counts them when they are applied again', async () => {
    const store = open();
    // A key of the wrong type makes the script fail on its first write to it.
    await client.set(`${store['prefix']}:seen:${B2}`, 'not a set');
    const first = await Promise.allSettled([store.apply(record({ jobId: 'x1' })), store.apply(record({ jobId: 'x2' }))]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await client.del(`${store['prefix']}:seen:${B2}`);
    expect(await Promise.all([store.apply(record({ jobId: 'x1' })), store.apply(record({ jobId: 'x2' }))])).toEqual([true, true]);
    expect((await store.snapshot()).cells.map((c) => c.sampledEvents)).toEqual([2]);
  });

  it('close() waits for records still waiting to be sent', async () => {
    const names = uniqueNames('close');
    stores.push({ names });
    const owned = new RedisAggregateStore(new Redis(redis.url), { prefix: names.keyPrefix, seenTtlSeconds: 3600, ownsClient: true });
    const applied = [owned.apply(record({ jobId: 'c1' })), owned.apply(record({ jobId: 'c2' }))];
    await owned.close();
    expect(await Promise.all(applied)).toEqual([true, true]);
    const reader = new RedisAggregateStore(client, { prefix: names.keyPrefix, seenTtlSeconds: 3600 });
    expect((await reader.snapshot()).cells.map((c) => c.sampledEvents)).toEqual([2]);
  });

  it("is what openStore('redis') opens, configured from the environment", async () => {
    const names = uniqueNames('open');
    stores.push({ names });
    const config = loadConfig({ SAMPLER_KEY: 'x'.repeat(32), REDIS_URL: redis.url, KEY_PREFIX: names.keyPrefix, SAMPLE_RATE: '0.5', BUCKET: 'day' });
    await new RedisAggregateStore(client, { prefix: names.keyPrefix, seenTtlSeconds: 3600 }).apply(record({ jobId: 'o' }));
    const opened = await openStore('redis', config);
    try {
      expect(opened.sampleRate).toBe(0.5);
      expect(opened.bucket).toBe('day');
      expect((await opened.store.snapshot()).cells.map((c) => c.sampledEvents)).toEqual([1]);
    } finally {
      await opened.store.close();
    }
  });

  it('keeps every key under its hash-tagged prefix', async () => {
    const store = open();
    await store.apply(record({ jobId: 'z' }));
    const [, keys] = await client.scan('0', 'MATCH', `${store['prefix'].replace(/[{}]/g, '\\$&')}*`, 'COUNT', 1000);
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) expect(key.startsWith(store['prefix'] + ':')).toBe(true);
  });
});
