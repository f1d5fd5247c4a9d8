// POST /v1/ingest/litellm in-process against a real Redis: LiteLLM's three log_formats (all sent as
// application/json, as the generic_api callback does), skipped and rejected records by reason and
// position, status codes, auth, metrics, and replies that never echo a record.
import { request } from 'node:http';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startSidecar, type Sidecar } from '../../src/http/sidecar.js';
import { createSampler } from '../../src/sampler/keyed-sampler.js';
import { watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { FIXTURE_NAMES, fixture, litellmRecord, pythonJsonDumps } from '../support/litellm.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, metricValue, waitFor } from '../support/services.js';

const TOKEN = 'litellm-ingest-token-0123456789';
const PATH = '/v1/ingest/litellm';

interface Reply {
  status: number;
  body: string;
}

function send(port: number, body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: PATH, method, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pyDumps = pythonJsonDumps;

const fixtures = FIXTURE_NAMES.map((name) => fixture(name));
// chat-success, text-completion, anthropic-messages, responses-api map; the other four are skipped.
const EXPECTED_COUNTS = { accepted: 4, skipped: { failure: 1, non_chat: 1, no_messages: 1, redacted: 1 }, rejected: [] };

describe('POST /v1/ingest/litellm', () => {
  let redis: TestRedis;
  const names = uniqueNames('litellm');
  let sidecar: Sidecar;
  let watch: ReturnType<typeof watchQueue>;

  beforeAll(async () => {
    redis = await testRedis();
    const env = distributedEnv(redis.url, names, { INGEST_TOKEN: TOKEN, MAX_BODY_BYTES: String(256 * 1024) });
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
  // Each test posts records under its own ids, so the queue counts are its own.
  const withIds = (tag: string) => fixtures.map((f) => ({ ...f, id: `${tag}-${String(f.id)}` }));

  it('takes log_format json_array (the default): one JSON array per batch', async () => {
    const before = await watch.openJobs();
    const reply = await send(port(), pyDumps(withIds('array')));
    expect(reply.status).toBe(202);
    expect(JSON.parse(reply.body)).toEqual({ format: 'json_array', sampled: 4, ...EXPECTED_COUNTS });
    await sidecar.census.flush();
    expect(await watch.openJobs()).toBe(before + 4);
  });

  it('takes log_format ndjson, sent as application/json like the callback does, and as application/x-ndjson', async () => {
    const body = withIds('nd').map(pyDumps).join('\n');
    const reply = await send(port(), body);
    expect(reply.status).toBe(202);
    expect(JSON.parse(reply.body)).toEqual({ format: 'ndjson', sampled: 4, ...EXPECTED_COUNTS });
    const declared = await send(port(), withIds('nd2').map(pyDumps).join('\r\n') + '\r\n', { 'content-type': 'application/x-ndjson' });
    expect(JSON.parse(declared.body)).toEqual({ format: 'ndjson', sampled: 4, ...EXPECTED_COUNTS });
  });

  it('takes log_format single: one record per request', async () => {
    const totals = { accepted: 0, failure: 0, non_chat: 0, no_messages: 0, redacted: 0 };
    for (const record of withIds('single')) {
      const reply = await send(port(), pyDumps(record));
      expect(reply.status).toBe(202);
      const body = JSON.parse(reply.body) as { format: string; accepted: number; skipped: Record<string, number> };
      expect(body.format).toBe('single');
      totals.accepted += body.accepted;
      for (const [reason, n] of Object.entries(body.skipped)) totals[reason as keyof typeof totals] += n;
    }
    expect(totals).toEqual({ accepted: 4, failure: 1, non_chat: 1, no_messages: 1, redacted: 1 });
  });

  it('reports unreadable records by array index or NDJSON line and field, and takes the rest', async () => {
    const [ok] = withIds('mixed');
    const records = [ok, { ...ok, id: 'mixed-2', status: 'CANARY-LITELLM-status' }, { ...ok, id: 'mixed-3', messages: [{ role: 'CANARY-LITELLM-role', content: 'x' }] }, { ...ok, id: 'mixed-4', model_group: 'm'.repeat(200) }];
    const array = await send(port(), pyDumps(records));
    expect(array.status).toBe(202);
    expect(JSON.parse(array.body)).toEqual({
      format: 'json_array',
      accepted: 1,
      sampled: 1,
      skipped: { failure: 0, non_chat: 0, no_messages: 0, redacted: 0 },
      rejected: [
        { index: 1, field: 'status', message: 'expected one of "success", "failure"' },
        { index: 2, field: 'messages[0].role', message: expect.stringMatching(/^expected one of/) },
        // Mapped, then refused by the event rules offer() applies.
        { index: 3, field: 'model', message: 'too large (maximum 128 characters)' },
      ],
    });
    const lines = [pyDumps({ ...ok, id: 'mixed-5' }), '{"id": "CANARY-LITELLM-truncated', '', pyDumps(fixture('chat-failure'))].join('\n');
    const ndjson = await send(port(), lines);
    expect(JSON.parse(ndjson.body)).toEqual({
      format: 'ndjson',
      accepted: 1,
      sampled: 1,
      skipped: { failure: 1, non_chat: 0, no_messages: 0, redacted: 0 },
      rejected: [{ line: 2, field: '(root)', message: expect.stringMatching(/^not valid JSON/) }],
    });
    for (const reply of [array, ndjson]) expect(reply.body).not.toContain('CANARY');
  });

  it('answers 400 when every record is unreadable or the body is not JSON, naming fields only', async () => {
    const single = await send(port(), pyDumps({ ...fixture('chat-success'), prompt_tokens: 'CANARY-LITELLM-tokens' }));
    expect(single.status).toBe(400);
    expect(JSON.parse(single.body)).toMatchObject({ error: 'invalid_records', accepted: 0, rejected: [{ index: 0, field: 'prompt_tokens', message: 'expected number' }] });
    const notJson = await send(port(), `{"id": "CANARY-LITELLM-broken", `);
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ error: 'invalid_body', field: '(body)' });
    expect((await send(port(), '   ')).status).toBe(400);
    expect((await send(port(), 'CANARY', { 'content-type': 'text/plain' })).status).toBe(415);
    for (const reply of [single, notJson]) expect(reply.body).not.toContain('CANARY');
    // An empty batch is nothing to do, not an error.
    expect(JSON.parse((await send(port(), '[]')).body)).toMatchObject({ format: 'json_array', accepted: 0, rejected: [] });
  });

  it('needs the bearer token, refuses other methods and bodies over MAX_BODY_BYTES', async () => {
    expect((await send(port(), pyDumps(fixtures), { authorization: '' })).status).toBe(401);
    expect((await send(port(), pyDumps(fixtures), { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    expect((await send(port(), '', {}, 'GET')).status).toBe(405);
    const big = Array.from({ length: 200 }, (_, i) => ({ ...fixture('chat-success'), id: `big-${i}` }));
    expect((await send(port(), pyDumps(big))).status).toBe(413);
  });

  it('counts records, skipped records by reason and unreadable records in /metrics', async () => {
    const before = await (await fetch(`http://127.0.0.1:${port()}/metrics`)).text();
    await send(port(), pyDumps([...withIds('metrics'), { status: 'success', call_type: 'acompletion' }]));
    const after = await (await fetch(`http://127.0.0.1:${port()}/metrics`)).text();
    const delta = (sample: string) => metricValue(after, sample) - metricValue(before, sample);
    expect(delta('prompt_census_litellm_records_total')).toBe(9);
    expect(delta('prompt_census_litellm_invalid_total')).toBe(1);
    for (const reason of ['failure', 'non_chat', 'no_messages', 'redacted']) expect(delta(`prompt_census_litellm_skipped_total{reason="${reason}"}`), reason).toBe(1);
    expect(delta('prompt_census_offered_total')).toBe(4);
  });
});

describe('POST /v1/ingest/litellm at a sample rate below 1', () => {
  it('samples exactly the ids the keyed sampler picks, as /v1/events does', async () => {
    const redis = await testRedis();
    const names = uniqueNames('litellm-rate');
    const env = distributedEnv(redis.url, names, { SAMPLE_RATE: '0.25' });
    const sidecar = await startSidecar(loadConfig(env), { registry: new Registry() });
    try {
      const random = mulberry32(9);
      const events = Array.from({ length: 400 }, (_, i) => syntheticEvent(i, random));
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: sidecar.address.port, path: PATH, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end(pyDumps(events.map((e) => litellmRecord(e))));
      });
      const sampler = createSampler(env.SAMPLER_KEY!, 0.25);
      const expected = events.filter((e) => sampler.isSampled(e.id)).length;
      expect(expected).toBeGreaterThan(50);
      expect(JSON.parse(reply.body)).toMatchObject({ accepted: 400, sampled: expected });
    } finally {
      await sidecar.close();
      await cleanRedis(redis.url, names);
      await redis.close();
    }
  });
});
