// The compose demo without Docker: the services of infra/compose.yaml started as processes with the
// file's own settings and commands (only the machine-specific names change: Redis URL, listen
// addresses, queue and key prefix), the example gateway offering examples/prompts.ndjson, then the
// report service's command. Zero to report, as docs/deployment.md walks it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStore, type RedisAggregateStore } from '../../src/aggregate/redis-store.js';
import { loadConfig } from '../../src/config.js';
import { packagePath } from '../../src/util/package-root.js';
import { spawnCli } from '../support/cli.js';
import { countedEvents, watchQueue } from '../support/distributed.js';
import { generatedSecrets, readYaml } from '../support/infra.js';
import { findLeak, promptRuns } from '../support/leaks.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { spawnService, waitFor, type Service } from '../support/services.js';

interface ComposeService {
  command: string[];
  environment?: Record<string, string>;
}
const compose = readYaml(packagePath('infra', 'compose.yaml')) as { services: Record<string, ComposeService> };
const EXAMPLES = packagePath('examples', 'prompts.ndjson');
const exampleLines = readFileSync(EXAMPLES, 'utf8').split('\n').filter((l) => l.trim());
const exampleTexts = exampleLines.flatMap((l) => (JSON.parse(l) as { messages?: { content?: unknown }[]; prompt?: string }).messages?.map((m) => String(m.content ?? '')) ?? []);

function runGateway(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packagePath('examples', 'gateway', 'offer-events.mjs'), ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('compose demo, run as processes', () => {
  let redis: TestRedis;
  const names = uniqueNames('compose');
  const services: Service[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-compose-data-'));
  let secrets: Record<string, string>;
  let store: RedisAggregateStore;
  let sidecar: Service;
  let workers: Service[];

  /** A compose service's environment plus the secrets file, with this machine's names. */
  const envOf = (service: string): NodeJS.ProcessEnv => ({
    ...secrets,
    ...compose.services[service]!.environment,
    REDIS_URL: redis.url,
    QUEUE_NAME: names.queueName,
    KEY_PREFIX: names.keyPrefix,
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
  });

  beforeAll(async () => {
    redis = await testRedis();
    secrets = generatedSecrets();
    store = openRedisStore(loadConfig(envOf('worker')));
    expect(compose.services.sidecar!.command).toEqual(['sidecar']);
    expect(compose.services.worker!.command).toEqual(['worker']);
    [sidecar, ...workers] = await Promise.all([spawnService('sidecar', envOf('sidecar')), spawnService('worker', envOf('worker')), spawnService('worker', envOf('worker'))]);
    services.push(sidecar, ...workers);
  });
  afterAll(async () => {
    for (const s of services) await s.kill();
    await store.close();
    await cleanRedis(redis.url, names);
    await redis.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gateway → sidecar → two workers → report', async () => {
    // The gateway's compose command, pointed at this sidecar, with INGEST_TOKEN from the secrets file.
    const args = compose.services.gateway!.command.map((a) => (a.startsWith('http://sidecar:') ? `http://127.0.0.1:${sidecar.port}` : a));
    const offered = await runGateway(args, { INGEST_TOKEN: secrets.INGEST_TOKEN });
    expect(offered.stderr).toBe('');
    expect(offered.code).toBe(0);
    const n = exampleLines.length;
    expect(JSON.parse(offered.stdout)).toEqual({ sent: n, accepted: n, sampled: n, rejected: 0, failedRequests: 0 });

    const watch = watchQueue(redis.url, names.queueName);
    try {
      await waitFor(async () => countedEvents(await store.snapshot()) === n && (await watch.openJobs()) === 0, 'every example event counted', 120_000, 200);
    } finally {
      await watch.close();
    }

    const reportCommand = compose.services.report!.command;
    const report = await spawnCli(reportCommand, { env: envOf('report'), cwd: dataDir });
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^prompt-census release of .* \(audit entry seq 1\)\./);
    expect(report.stdout).toMatch(/Week of \d{4}-\d{2}-\d{2}: \d+ sampled events/);
    expect(report.stdout).toMatch(/^programming +\d+/m);
    // The report's audit entry lands in the working directory, the image's /data volume.
    expect(existsSync(join(dataDir, 'prompt-census-audit.jsonl'))).toBe(true);
    expect(findLeak(report.stdout, [], promptRuns(exampleTexts))).toBeUndefined();
    expect(findLeak(offered.stdout + offered.stderr, [], promptRuns(exampleTexts))).toBeUndefined();

    // Without the token the sidecar refuses every batch; the gateway says so by status, never by content.
    const refused = await runGateway(args, {});
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ sent: n, accepted: 0, failedRequests: Math.ceil(n / 200) });
    expect(refused.stderr.split('\n').filter(Boolean).every((l) => /^\{"status":401,"firstLine":\d+\}$/.test(l))).toBe(true);
    expect(findLeak(refused.stdout + refused.stderr, [], promptRuns(exampleTexts))).toBeUndefined();
  });

  it('the container probe exits 0 on a ready service and 1 on a closed port', async () => {
    const worker = workers[1];
    const probe = (url: string) =>
      new Promise<number | null>((resolve) => spawn(process.execPath, [packagePath('infra', 'probe.mjs'), url], { stdio: 'ignore' }).on('close', resolve));
    expect(await probe(`http://127.0.0.1:${worker!.port}/readyz`)).toBe(0);
    expect(await probe(`http://127.0.0.1:${worker!.port}/nope`)).toBe(1);
    await worker!.stop();
    expect(await probe(`http://127.0.0.1:${worker!.port}/healthz`)).toBe(1);
  });
});
