// Acceptance 1 (issue 9): the same prompts posted as LiteLLM StandardLoggingPayload records (a
// 500-record json_array, NDJSON batches and single records, with failures, embeddings and redacted
// records mixed in) and as PromptEvents to /v1/events end up as the same aggregates, cell by cell.
// Two pipelines (sidecar, queue, worker, key prefix each) on one Redis, with the same SAMPLER_KEY.
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptEvent } from '../../schemas/event.js';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { startSidecar, type Sidecar } from '../../src/http/sidecar.js';
import { startWorker, type RunningWorker } from '../../src/worker/worker.js';
import { compareCells, countedEvents, sortedBy, watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { expectedEvent, litellmRecord, pythonJsonDumps } from '../support/litellm.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, waitFor } from '../support/services.js';

interface Pipeline {
  env: NodeJS.ProcessEnv;
  names: ReturnType<typeof uniqueNames>;
  sidecar: Sidecar;
  worker: RunningWorker;
  store: RedisAggregateStore;
}

interface IngestReply {
  format: string;
  accepted: number;
  sampled: number;
  skipped: Record<string, number>;
  rejected: unknown[];
}

const random = mulberry32(77);
const events = Array.from({ length: 900 }, (_, i) => syntheticEvent(i, random));
// Records LiteLLM also sends that must not count: failures, embeddings, message logging turned off.
const noise = (event: PromptEvent, i: number): Record<string, unknown> => {
  if (i % 3 === 0) return litellmRecord({ ...event, id: `${event.id}-failed` }, { status: 'failure' });
  if (i % 3 === 1) return { ...litellmRecord({ ...event, id: `${event.id}-emb` }, { callType: 'aembedding' }), messages: ['an embedding input'] };
  return { ...litellmRecord({ ...event, id: `${event.id}-redacted` }), messages: [{ role: 'user', content: 'redacted-by-litellm' }] };
};

/** Inserts one noise record after every `every` records. */
function withNoise(batch: PromptEvent[], every: number, offset: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  batch.forEach((event, i) => {
    out.push(litellmRecord(event));
    if (i % every === every - 1) out.push(noise(event, offset + i));
  });
  return out;
}

describe('LiteLLM ingest and /v1/events count the same prompts the same way', () => {
  let redis: TestRedis;
  const pipelines: Pipeline[] = [];
  const taxonomy = loadTaxonomy();

  async function pipeline(label: string): Promise<Pipeline> {
    const names = uniqueNames(label);
    const env = distributedEnv(redis.url, names, { DIMENSIONS: 'model', BUCKET: 'week', LOG_LEVEL: 'silent' });
    const config = loadConfig(env);
    const sidecar = await startSidecar(config, { registry: new Registry() });
    const worker = startWorker(config, { classifier: createClassifier(config), taxonomy, registry: new Registry() });
    const p = { env, names, sidecar, worker, store: openRedisStore(config) };
    pipelines.push(p);
    return p;
  }

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    for (const p of pipelines) {
      await p.sidecar.close();
      await p.worker.close();
      await p.store.close();
      await cleanRedis(redis.url, p.names);
    }
    await redis.close();
  });

  async function post(p: Pipeline, path: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: IngestReply }> {
    const res = await fetch(`http://127.0.0.1:${p.sidecar.address.port}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, json: (await res.json()) as IngestReply };
  }

  it('gives equal aggregates for a 500-record json_array, NDJSON batches and single records', async () => {
    const [viaLitellm, viaEvents] = [await pipeline('ll-eq'), await pipeline('ev-eq')];
    const totals = { accepted: 0, skipped: 0 };
    const tally = (reply: { status: number; json: IngestReply }, format: string) => {
      expect(reply.status).toBe(202);
      expect(reply.json.format).toBe(format);
      expect(reply.json.rejected).toEqual([]);
      totals.accepted += reply.json.accepted;
      totals.skipped += Object.values(reply.json.skipped).reduce((s, n) => s + n, 0);
    };

    // json_array: one batch of exactly 500 records (LiteLLM's default batch_size is 512), 50 of them noise.
    const arrayRecords = withNoise(events.slice(0, 450), 9, 0);
    expect(arrayRecords).toHaveLength(500);
    tally(await post(viaLitellm, '/v1/ingest/litellm', pythonJsonDumps(arrayRecords)), 'json_array');

    // ndjson: four batches of 100 prompts, as the callback sends them (application/json, "\n"-joined).
    for (let start = 450; start < 850; start += 100) {
      const lines = withNoise(events.slice(start, start + 100), 10, start).map(pythonJsonDumps);
      tally(await post(viaLitellm, '/v1/ingest/litellm', lines.join('\n')), 'ndjson');
    }

    // single: one request per record.
    for (const record of withNoise(events.slice(850), 10, 850)) {
      tally(await post(viaLitellm, '/v1/ingest/litellm', pythonJsonDumps(record)), 'single');
    }
    expect(totals).toEqual({ accepted: 900, skipped: 50 + 40 + 5 });

    // The same prompts as PromptEvents through /v1/events.
    const ndjson = events.map((e) => JSON.stringify(expectedEvent(e)));
    for (let i = 0; i < ndjson.length; i += 300) {
      const reply = await post(viaEvents, '/v1/events', ndjson.slice(i, i + 300).join('\n'), 'application/x-ndjson');
      expect(reply.status).toBe(202);
      expect(reply.json).toMatchObject({ accepted: Math.min(300, ndjson.length - i), rejected: [] });
    }

    for (const p of [viaLitellm, viaEvents]) {
      const watch = watchQueue(redis.url, p.names.queueName);
      try {
        await waitFor(async () => countedEvents(await p.store.snapshot()) === events.length && (await watch.openJobs()) === 0, `${p.names.queueName} counted`, 120_000, 100);
      } finally {
        await watch.close();
      }
    }
    const [actual, expected] = await Promise.all([viaLitellm.store.snapshot(), viaEvents.store.snapshot()]);
    // Events, tokens and characters equal in every cell; the same account hashes give the same
    // HyperLogLog, so distinct-account estimates are equal too.
    const { differences, accountsExactCells } = compareCells(expected, actual);
    expect(differences).toEqual([]);
    expect(actual.cells).toHaveLength(expected.cells.length);
    expect(accountsExactCells).toBe(expected.cells.length);
    expect(new Set(actual.cells.map((c) => c.model))).toEqual(new Set(['model-a', 'model-b']));
    expect(sortedBy(actual.pii)).toEqual(sortedBy(expected.pii));
    expect(sortedBy(actual.unclassifiedReasons)).toEqual(sortedBy(expected.unclassifiedReasons));
  });
});
