// createCensus/offer as a library: synchronous results, never a throw, and drops counted by reason.
import { createServer, type AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCensus, type Census } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors/index.js';
import { mulberry32, syntheticEvent } from './support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from './support/redis.js';
import { distributedEnv, waitFor } from './support/services.js';
import { watchQueue } from './support/distributed.js';
import { ingestEvent, validateEvent } from '../src/pipeline.js';
import { fromPayload, parsePayload } from '../src/queue/job-payload.js';
import { parseKeyring } from '../src/queue/keyring.js';
import { createSampler } from '../src/sampler/keyed-sampler.js';

const random = mulberry32(11);
let nextId = 0;
const event = () => syntheticEvent(nextId++, random);
const dropped = async (census: Census, reason: string) => (await census.metrics.dropped.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

describe('createCensus', () => {
  let redis: TestRedis;
  const used: ReturnType<typeof uniqueNames>[] = [];
  const open: Census[] = [];
  const census = (extra: NodeJS.ProcessEnv = {}) => {
    const names = uniqueNames('census');
    used.push(names);
    const c = createCensus(loadConfig(distributedEnv(redis.url, names, extra)), { registry: new Registry() });
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    for (const c of open) await c.close(1_000);
    for (const names of used) await cleanRedis(redis.url, names);
    await redis.close();
  });

  it('closes cleanly at any point of the Redis handshake: no unhandled rejection to end the host', async () => {
    // BullMQ re-emitted a handshake cut short by close() after removing its listeners; in a host
    // process that unhandled rejection is fatal. Close after 0–6 turns of the event loop, 42 times.
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      for (let i = 0; i < 42; i++) {
        const c = census();
        for (let turn = 0; turn < i % 7; turn++) await new Promise((resolve) => setImmediate(resolve));
        await c.close(1_000);
      }
      // Rejections are reported once the microtask queue has drained: one more turn of the loop.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled.map((r) => (r instanceof Error ? r.message : String(r)))).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('needs PAYLOAD_KEY', () => {
    const env = distributedEnv(redis.url, uniqueNames('x'));
    delete env.PAYLOAD_KEY;
    expect(() => createCensus(loadConfig(env))).toThrow(ConfigError);
  });

  it('answers synchronously and never throws, whatever it is given', async () => {
    const c = census();
    await waitFor(() => c.ready, 'connected');
    const hostile = Object.defineProperty({ prompt: 'x' }, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const input of [null, undefined, 42, 'text', [], { id: '' }, hostile]) {
      const result = c.offer(input);
      expect(result.accepted).toBe(false);
    }
    expect(c.offer({ id: 'a', prompt: 'hello' })).toEqual({ accepted: true, sampled: true });
    expect(c.offer({ id: 1, prompt: 'hello' })).toEqual({ accepted: false, issue: { field: 'id', message: 'expected string' } });
  });

  it('offerLazily builds the event only for a sampled id, and checks it carries that id', async () => {
    const c = census({ SAMPLE_RATE: '0.25' });
    await waitFor(() => c.ready, 'connected');
    const offeredBefore = (await c.metrics.offered.get()).values[0]?.value ?? 0;
    let builds = 0;
    const results = Array.from({ length: 400 }, () => {
      const e = event();
      return c.offerLazily(e.id, () => (builds++, e));
    });
    const sampled = results.filter((r) => r.accepted && r.sampled).length;
    // Same decisions as offer() makes: the keyed sampler on the id.
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(builds).toBe(sampled);
    expect(sampled).toBeGreaterThan(50);
    expect(sampled).toBeLessThan(150);
    expect(((await c.metrics.offered.get()).values[0]?.value ?? 0) - offeredBefore).toBe(400);

    const all = census();
    await waitFor(() => all.ready, 'connected');
    expect(all.offerLazily('lazy-1', () => ({ id: 'lazy-2', prompt: 'x' }))).toEqual({ accepted: false, issue: { field: 'id', message: 'must be the id the sampling decision was made on' } });
    expect(all.offerLazily('lazy-3', () => { throw new Error('host bug'); })).toEqual({ accepted: false, issue: { field: '(root)', message: 'could not be processed' } });
    expect(all.offerLazily('lazy-4', () => ({ id: 'lazy-4', prompt: 'x' }))).toEqual({ accepted: true, sampled: true });
  });

  it('decide() counts an unsampled id as offered and leaves a sampled one to offerLazily()', async () => {
    const c = census({ SAMPLE_RATE: '0.25' });
    await waitFor(() => c.ready, 'connected');
    const offered = async () => (await c.metrics.offered.get()).values[0]?.value ?? 0;
    const before = await offered();
    const ids = Array.from({ length: 400 }, () => event().id);
    const decided = ids.map((id) => c.decide(id));
    // The same decisions offerLazily() makes on the same ids.
    const lazily = ids.map((id) => c.offerLazily(id, () => ({ id, prompt: 'x' })));
    expect(decided.map((d) => d === undefined)).toEqual(lazily.map((r) => r.accepted && r.sampled));
    expect(decided.filter((d) => d !== undefined).every((d) => d!.accepted && !d!.sampled)).toBe(true);
    // Unsampled ids counted once by decide() and once by offerLazily(); sampled ones only by offerLazily().
    const unsampled = decided.filter((d) => d !== undefined).length;
    expect((await offered()) - before).toBe(400 + unsampled);
  });

  it('queues a re-offered event id as one job (the job id is the sampling hash)', async () => {
    const c = census();
    await waitFor(() => c.ready, 'connected');
    const e = event();
    expect(c.offer(e)).toEqual({ accepted: true, sampled: true });
    expect(c.offer({ ...e })).toEqual({ accepted: true, sampled: true });
    await c.flush();
    const names = used.at(-1)!;
    const watch = watchQueue(redis.url, names.queueName);
    try {
      expect(await watch.openJobs()).toBe(1);
    } finally {
      await watch.close();
    }
  });

  // offer() builds and seals a sampled event's job at the next flush, with its batch: from a field-by-field copy
  // for the plain shape, from the schema's parsed copy for the rest (tools, content parts, tool calls, a string time).
  const offeredEvents = {
    plain: () => ({ id: 'snap-plain', accountId: 'acct-1', model: 'model-a', messages: [{ role: 'user', content: 'how do I sort a list in python '.repeat(8) }] }),
    parsed: () => ({
      id: 'snap-parsed',
      accountId: 'acct-1',
      model: 'model-a',
      timestamp: '2026-12-06T10:15:00Z',
      tools: [{ type: 'function', function: { name: 'get_weather' } }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'what is the weather in Lisbon '.repeat(8) }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } }] },
      ],
    }),
  };
  // With more text than MAX_CLASSIFY_CHARS an event is built at once instead (its transcript waits, not its text).
  const cases = Object.entries(offeredEvents).flatMap(([shape, make]) => [
    { shape, make, extra: {} },
    { shape: `${shape}, more text than MAX_CLASSIFY_CHARS`, make, extra: { MAX_CLASSIFY_CHARS: '200', MAX_TURN_CHARS: '100' } },
  ]);
  for (const { shape, make, extra } of cases) {
    it(`queues a sampled event as it was offered, though the host changes the object afterwards (${shape})`, async () => {
      const names = uniqueNames('snapshot');
      used.push(names);
      const env = distributedEnv(redis.url, names, extra);
      const c = createCensus(loadConfig(env), { registry: new Registry() });
      open.push(c);
      await waitFor(() => c.ready, 'connected');
      const offered = make() as Record<string, unknown> & { messages: Record<string, unknown>[] };
      const pristine = structuredClone(offered);
      expect(c.offer(offered)).toEqual({ accepted: true, sampled: true });
      offered.model = 'model-b';
      offered.accountId = 'acct-2';
      for (const message of offered.messages) {
        message.content = Array.isArray(message.content) ? [{ type: 'text', text: 'something else entirely' }] : 'something else entirely';
        if (message.tool_calls) (message.tool_calls as { function: { name: string } }[])[0]!.function.name = 'other_tool';
      }
      offered.messages.push({ role: 'user', content: 'and more' });
      if (offered.tools) (offered.tools as { function: { name: string } }[])[0]!.function.name = 'other_tool';
      await c.flush();

      const watch = watchQueue(redis.url, names.queueName);
      try {
        const [job] = await watch.queue.getJobs(['waiting']);
        const queued = fromPayload(job!.id!, parsePayload(job!.data), parseKeyring(env.PAYLOAD_KEY!));
        const config = loadConfig(env);
        const options = { ...config, sampler: createSampler(config.samplerKey, 1) };
        const decision = ingestEvent(validateEvent(pristine, config), { ...options, now: () => Date.parse(queued.bucketStart) });
        expect(decision.sampled && decision.job).toEqual(queued);
      } finally {
        await watch.close();
      }
    });
  }

  it('clips token counts to MAX_TOKENS_PER_EVENT before queueing, and records the bound (the DP token bound)', async () => {
    const names = uniqueNames('clip');
    used.push(names);
    const c = createCensus(loadConfig(distributedEnv(redis.url, names, { MAX_TOKENS_PER_EVENT: '1000' })), { registry: new Registry() });
    open.push(c);
    await waitFor(() => c.ready, 'connected');
    expect(c.offer({ ...event(), usage: { promptTokens: 5000, completionTokens: 20 } })).toEqual({ accepted: true, sampled: true });
    await c.flush();
    const watch = watchQueue(redis.url, names.queueName);
    try {
      const [job] = await watch.queue.getJobs(['waiting']);
      const payload = parsePayload(job!.data);
      expect(payload.usage).toEqual({ promptTokens: 1000, completionTokens: 20 });
      expect(payload.maxTokens).toBe(1000);
      expect(payload.rate).toBe(1);
    } finally {
      await watch.close();
    }
  });

  it('samples nothing at rate 0', async () => {
    const c = census({ SAMPLE_RATE: '0' });
    expect(c.offer(event())).toEqual({ accepted: true, sampled: false });
  });

  it('drops with buffer_full when the in-memory buffer is full', async () => {
    const c = census({ OFFER_BUFFER_SIZE: '3' });
    await waitFor(() => c.ready, 'connected');
    // Offers in one synchronous run: the background drain only starts afterwards.
    const results = Array.from({ length: 10 }, () => c.offer(event()));
    expect(results.filter((r) => r.accepted && r.sampled && r.dropped === 'buffer_full')).toHaveLength(7);
    await c.flush();
    expect((await c.metrics.enqueued.get()).values[0]?.value).toBe(3);
    expect(await dropped(c, 'buffer_full')).toBe(7);
  });

  it('drops with queue_full once the waiting count passes QUEUE_MAX_WAITING', async () => {
    const c = census({ QUEUE_MAX_WAITING: '5', QUEUE_CHECK_INTERVAL_MS: '20' });
    await waitFor(() => c.ready, 'connected');
    for (let i = 0; i < 5; i++) c.offer(event());
    await c.flush();
    await waitFor(() => c.offer(event()).accepted && 'dropped' in c.offer(event()), 'backpressure', 10_000, 20);
    expect(await dropped(c, 'queue_full')).toBeGreaterThan(0);
  });

  it('drops with redis_unavailable when Redis cannot be reached: what waited for the first attempt, then every offer at once', async () => {
    const names = uniqueNames('down');
    const c = createCensus(loadConfig(distributedEnv('redis://127.0.0.1:1', names)), { registry: new Registry() });
    open.push(c);
    // Offered while the first connection attempt is under way: it waits for that attempt.
    expect(c.offer(event())).toEqual({ accepted: true, sampled: true });
    await c.flush(); // returns once the attempt has failed and the waiting event is accounted for
    expect(await dropped(c, 'redis_unavailable')).toBe(1);
    expect(c.offer(event())).toEqual({ accepted: true, sampled: true, dropped: 'redis_unavailable' });
    expect(await dropped(c, 'redis_unavailable')).toBe(2);
  });

  it('queues what is offered before the first connection is ready instead of dropping it', async () => {
    const names = uniqueNames('early');
    used.push(names);
    const c = createCensus(loadConfig(distributedEnv(redis.url, names)), { registry: new Registry() });
    open.push(c);
    expect(c.ready).toBe(false); // the handshake has not even started: this turn of the event loop created the client
    const events = Array.from({ length: 25 }, event);
    for (const e of events) expect(c.offer(e)).toEqual({ accepted: true, sampled: true });
    await c.flush();
    expect(await dropped(c, 'redis_unavailable')).toBe(0);
    expect((await c.metrics.enqueued.get()).values[0]?.value).toBe(25);
    const queue = watchQueue(redis.url, names.queueName);
    try {
      expect(await queue.openJobs()).toBe(25);
    } finally {
      await queue.close();
    }
  });

  it('holds what waited for the first connection to QUEUE_MAX_WAITING: a full queue drops it as queue_full', async () => {
    const names = uniqueNames('early-full');
    used.push(names);
    const env = (extra: NodeJS.ProcessEnv) => loadConfig(distributedEnv(redis.url, names, extra));
    const filler = createCensus(env({}), { registry: new Registry() });
    open.push(filler);
    await waitFor(() => filler.ready, 'connected');
    for (let i = 0; i < 5; i++) filler.offer(event());
    await filler.flush();
    const c = createCensus(env({ QUEUE_MAX_WAITING: '5' }), { registry: new Registry() });
    open.push(c);
    for (let i = 0; i < 3; i++) expect(c.offer(event())).toEqual({ accepted: true, sampled: true });
    await c.flush();
    expect(await dropped(c, 'queue_full')).toBe(3);
    expect((await c.metrics.enqueued.get()).values[0]?.value ?? 0).toBe(0);
  });

  it('closing while the first connection attempt hangs counts what waited as closed, within the timeout', async () => {
    // A TCP listener that accepts and never answers: the Redis handshake stays pending.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const c = createCensus(loadConfig(distributedEnv(`redis://127.0.0.1:${port}`, uniqueNames('hang'))), { registry: new Registry() });
      for (let i = 0; i < 3; i++) expect(c.offer(event())).toEqual({ accepted: true, sampled: true });
      await c.close(100);
      expect(await dropped(c, 'closed')).toBe(3);
      expect(await dropped(c, 'redis_unavailable')).toBe(0);
    } finally {
      silent.close();
    }
  });
});
