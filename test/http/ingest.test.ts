// The sidecar's HTTP ingest in-process against a real Redis: status codes, partial NDJSON acceptance,
// auth, and (acceptance 5) 1,000 malformed bodies that all get a 4xx, queue nothing and leave the
// server up. Response bodies never echo the input.
import { request } from 'node:http';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors/index.js';
import { startSidecar, type Sidecar } from '../../src/http/sidecar.js';
import { watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, waitFor } from '../support/services.js';

const CANARY = 'CANARY-INGEST-5c1d';
const TOKEN = 'ingest-token-0123456789abcdef';

interface Reply {
  status: number;
  body: string;
}

/** A raw request (fetch refuses some of the malformed shapes we need to send). */
function send(port: number, body: Buffer | string, headers: Record<string, string> = {}, path = '/v1/events', method = 'POST'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /v1/events', () => {
  let redis: TestRedis;
  const names = uniqueNames('http');
  let sidecar: Sidecar;
  let watch: ReturnType<typeof watchQueue>;
  const random = mulberry32(3);
  const event = (i: number) => JSON.stringify(syntheticEvent(i, random, CANARY));

  beforeAll(async () => {
    redis = await testRedis();
    const env = distributedEnv(redis.url, names, { INGEST_TOKEN: TOKEN, MAX_BODY_BYTES: String(4 * 1024 * 1024) });
    sidecar = await startSidecar(loadConfig(env), { registry: new Registry() });
    watch = watchQueue(redis.url, names.queueName);
    await waitFor(() => sidecar.census.ready, 'producer connected');
  });
  afterAll(async () => {
    await sidecar.close();
    await watch.close();
    await cleanRedis(redis.url, names);
    await redis.close();
  });

  const port = () => sidecar.address.port;
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('accepts one JSON event and queues it', async () => {
    const before = await watch.openJobs();
    const reply = await send(port(), event(1), auth);
    expect(reply.status).toBe(202);
    expect(JSON.parse(reply.body)).toEqual({ accepted: 1, sampled: 1, rejected: [] });
    await sidecar.census.flush();
    expect(await watch.openJobs()).toBe(before + 1);
  });

  it('accepts the valid lines of NDJSON and reports the others by line and field', async () => {
    const body = [event(10), `{"id": 5, "prompt": "${CANARY}"}`, '', event(11), `not json ${CANARY}`, `{"id":"x","prompt":"${CANARY}","usage":{"promptTokens":-1}}`].join('\n');
    const reply = await send(port(), body, { ...auth, 'content-type': 'application/x-ndjson' });
    expect(reply.status).toBe(202);
    expect(JSON.parse(reply.body)).toEqual({
      accepted: 2,
      sampled: 2,
      rejected: [
        { line: 2, field: 'id', message: 'expected string' },
        { line: 5, field: '(root)', message: expect.stringMatching(/^not valid JSON/) },
        { line: 6, field: 'usage.promptTokens', message: 'too small (minimum 0)' },
      ],
    });
    expect(reply.body).not.toContain(CANARY);
  });

  it('needs the bearer token, and a token to listen beyond loopback', async () => {
    expect((await send(port(), event(2))).status).toBe(401);
    expect((await send(port(), event(2), { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    const env = distributedEnv(redis.url, names, { HOST: '0.0.0.0' });
    await expect(startSidecar(loadConfig(env), { registry: new Registry() })).rejects.toBeInstanceOf(ConfigError);
  });

  it('serves health, readiness and metrics, and 404/405 elsewhere', async () => {
    expect((await send(port(), '', {}, '/healthz', 'GET')).status).toBe(200);
    expect((await send(port(), '', {}, '/readyz', 'GET')).status).toBe(200);
    const metrics = await send(port(), '', {}, '/metrics', 'GET');
    expect(metrics.body).toMatch(/^prompt_census_sampled_total \d+/m);
    expect((await send(port(), '', {}, '/nope', 'GET')).status).toBe(404);
    expect((await send(port(), '', auth, '/v1/events', 'GET')).status).toBe(405);
  });

  it('gives 1,000 malformed bodies a 4xx, queues none of them and stays up', async () => {
    await sidecar.census.flush();
    const jobsBefore = await watch.openJobs();
    const enqueuedBefore = (await sidecar.census.metrics.enqueued.get()).values[0]?.value ?? 0;
    const bad: Array<{ body: Buffer | string; headers?: Record<string, string> }> = [
      { body: `{"id": "a", "prompt": "${CANARY}"` }, // truncated JSON
      { body: `{"id": ["${CANARY}"], "prompt": "x"}` }, // wrong type
      { body: `{"prompt": "${CANARY}"}` }, // missing id
      { body: `{"id": "a", "prompt": "${CANARY}", "messages": []}` }, // both forms
      { body: `{"id": "a", "messages": [{"role": "${CANARY}", "content": "x"}]}` }, // bad enum
      { body: `{"id": "a", "prompt": "x", "usage": {"promptTokens": "${CANARY}"}}` },
      { body: Buffer.concat([Buffer.from(`{"id":"a","prompt":"${CANARY}`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) }, // invalid UTF-8
      { body: '' },
      { body: '   \n' },
      { body: `${CANARY}`, headers: { 'content-type': 'text/plain' } },
      { body: `not json ${CANARY}\n{"id": 1}`, headers: { 'content-type': 'application/x-ndjson' } },
      { body: `{"id":"a","prompt":"${'x'.repeat(2 * 1024 * 1024)}"}` }, // over MAX_EVENT_BYTES (1 MiB of text), under the body limit
      { body: `{"id":"a","prompt":"${CANARY.repeat(300_000)}"}` }, // over MAX_BODY_BYTES
      { body: event(3), headers: { 'content-encoding': 'gzip' } },
    ];
    let oversized = 0;
    for (let i = 0; i < 1_000; i++) {
      const { body, headers = {} } = bad[i % bad.length]!;
      const reply = await send(port(), body, { ...auth, ...headers });
      expect(reply.status, `body #${i % bad.length}`).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(reply.body).not.toContain(CANARY);
      if (reply.status === 413) oversized++;
      // A 400 names the failing field: directly, or per line for NDJSON.
      if (reply.status === 400) {
        const parsed = JSON.parse(reply.body) as { field?: string; rejected?: { field: string }[] };
        expect(parsed.field ?? parsed.rejected?.[0]?.field).toBeTypeOf('string');
      }
    }
    expect(oversized).toBeGreaterThan(0);

    // One 10 MB line: refused with 413 once the limit is passed.
    const huge = await send(port(), `{"id":"a","prompt":"${'y'.repeat(10 * 1024 * 1024)}"}`, { ...auth, 'content-type': 'application/x-ndjson' });
    expect(huge.status).toBe(413);

    await sidecar.census.flush();
    expect(await watch.openJobs()).toBe(jobsBefore);
    expect((await sidecar.census.metrics.enqueued.get()).values[0]?.value ?? 0).toBe(enqueuedBefore);
    expect((await send(port(), '', {}, '/healthz', 'GET')).status).toBe(200);
    expect((await send(port(), event(4), auth)).status).toBe(202);
  });
});
