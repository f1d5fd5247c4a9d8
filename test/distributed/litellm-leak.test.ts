// Acceptance 2 (issue 9): LiteLLM records carry canaries in the response text, in API keys the client
// sent along (metadata), in end-user ids (used as the account here, so they are hashed), in error
// text, IP addresses and prompts. While queued and after the run, nothing in Redis (every key and
// value), the sidecar's and worker's logs at trace level, /metrics, the HTTP replies or an export
// (rows and audit log) holds a canary or any 24-character run of a prompt.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { loadConfig } from '../../src/config.js';
import { runCli } from '../support/cli.js';
import { countedEvents, watchQueue } from '../support/distributed.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { findLeak, promptRuns } from '../support/leaks.js';
import { keyHash, litellmRecord, pythonJsonDumps } from '../support/litellm.js';
import { dumpRedis, startRedisServer, uniqueNames, type ThrowawayRedis } from '../support/redis.js';
import { distributedEnv, spawnService, untilReady, waitFor, type Service } from '../support/services.js';

const RESPONSE = 'CANARY-LL-RESPONSE-4e1b';
const API_KEY = 'sk-live-CANARY-LL-KEY-7c2d9e0f1a';
const END_USER = 'CANARY-LL-ENDUSER-93af';
const PROMPT = 'CANARY-LL-PROMPT-5b8c';
const ERROR = 'CANARY-LL-ERROR-d41e';
const BAD = 'CANARY-LL-BAD-0f6a';
const IP = '198.51.100.7';
const EVENTS = 300;

const random = mulberry32(4242);
const events = Array.from({ length: EVENTS }, (_, i) => syntheticEvent(i, random, i % 3 === 0 ? `see ${PROMPT} or mail canary.ll@example.com` : ''));
const records = events.map((event, i) => litellmRecord(event, { responseText: `${RESPONSE} answer ${i}`, apiKey: API_KEY, endUser: `${END_USER}-${i % 40}` }));
const failures = events.slice(0, 20).map((event) => ({
  ...litellmRecord({ ...event, id: `${event.id}-failed` }, { status: 'failure', apiKey: API_KEY, endUser: `${END_USER}-f` }),
  error_str: `litellm.APIError: ${ERROR}`,
}));
const keyHashes = [...new Set(events.map((e) => keyHash(e.accountId ?? 'anonymous')))];
const CANARIES = [RESPONSE, API_KEY, END_USER, PROMPT, ERROR, BAD, IP, 'canary.ll@example.com', ...keyHashes];
const runs = promptRuns(events.flatMap((e) => (e.messages ?? []).map((m) => String(m.content))));
const leak = (text: string) => findLeak(text, CANARIES, runs);

describe('no LiteLLM response, key, end user or prompt text outlives its job', () => {
  let redis: ThrowawayRedis;
  const names = uniqueNames('llleak');
  let env: NodeJS.ProcessEnv;
  let store: RedisAggregateStore;
  const services: Service[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pc-litellm-leak-'));

  beforeAll(async () => {
    redis = await startRedisServer();
    env = distributedEnv(redis.url, names, { LOG_LEVEL: 'trace', DIMENSIONS: 'model', LITELLM_ACCOUNT_FROM: 'end_user', MIN_ACCOUNTS: '0', MIN_EVENTS: '1' });
    store = openRedisStore(loadConfig(env));
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await store.close();
    await redis.destroy();
  });

  it('leaves no canary in Redis, logs, metrics, replies or exports', async () => {
    const sidecar = await spawnService('sidecar', env);
    services.push(sidecar);
    await untilReady(sidecar, 'sidecar');
    const url = `http://127.0.0.1:${sidecar.port}/v1/ingest/litellm`;
    const replies: string[] = [];
    const post = async (body: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      replies.push(await res.text());
      return res.status;
    };
    // json_array with failures and unreadable records mixed in; then ndjson; then single records.
    const unreadable = [{ ...records[0], id: 'bad-1', status: BAD }, { ...records[1], id: 'bad-2', prompt_tokens: BAD }, { ...records[2], id: 'bad-3', messages: [{ role: BAD, content: BAD }] }];
    expect(await post(pythonJsonDumps([...records.slice(0, 150), ...failures, ...unreadable]))).toBe(202);
    expect(await post([...records.slice(150, 280), ...failures.slice(0, 5)].map(pythonJsonDumps).join('\n') + `\n{"id": "${BAD}", `)).toBe(202);
    for (const record of records.slice(280)) expect(await post(pythonJsonDumps(record))).toBe(202);
    expect(await post(`{"id": "${BAD}", "status": "success", "messages": "${BAD}`)).toBe(400);

    const watch = watchQueue(redis.url, names.queueName);
    try {
      await waitFor(async () => (await watch.openJobs()) === EVENTS, 'all events queued');
      const queued = await dumpRedis(redis.url);
      expect(leak(queued.text), 'redis while queued').toBeUndefined();

      const worker = await spawnService('worker', env);
      services.push(worker);
      await waitFor(async () => (await watch.openJobs()) === 0 && countedEvents(await store.snapshot()) === EVENTS, 'queue drained', 120_000, 100);
      const metrics = [await (await fetch(`http://127.0.0.1:${sidecar.port}/metrics`)).text(), await (await fetch(`http://127.0.0.1:${worker.port}/metrics`)).text()];
      expect(metrics[0]).toMatch(/^prompt_census_litellm_skipped_total\{reason="failure"\} 25$/m);
      expect(metrics[0]).toMatch(/^prompt_census_litellm_invalid_total 4$/m);

      const after = await dumpRedis(redis.url);
      expect(leak(after.text), 'redis after the run').toBeUndefined();
      for (const [i, page] of metrics.entries()) expect(leak(page), `metrics ${i}`).toBeUndefined();
      for (const reply of replies) expect(leak(reply), 'http reply').toBeUndefined();
      // End users were the accounts (counted as hashes only): every cell proves at least one.
      const cells = (await store.snapshot()).cells;
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c) => c.distinctAccountsEst >= 1)).toBe(true);

      const out = join(dir, 'rows.jsonl');
      const audit = join(dir, 'audit.jsonl');
      const exported = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', out, '--audit-log', audit], { env });
      expect(exported.code, exported.stderr).toBe(0);
      const rows = readFileSync(out, 'utf8');
      expect(rows.trim().split('\n').length).toBeGreaterThan(1);
      for (const [what, text] of [['export rows', rows], ['audit log', readFileSync(audit, 'utf8')], ['export output', exported.stdout + exported.stderr]] as const) {
        expect(leak(text), what).toBeUndefined();
      }

      expect(await sidecar.stop()).toBe(0);
      expect(await worker.stop()).toBe(0);
      expect(sidecar.stderr()).toMatch(/"msg":"sidecar listening"/);
      expect(leak(sidecar.stderr()), 'sidecar log').toBeUndefined();
      expect(leak(worker.stderr()), 'worker log').toBeUndefined();
    } finally {
      await watch.close();
    }
  });
});
