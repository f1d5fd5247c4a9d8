// export and report read the Redis store the workers fill the same way they read a snapshot file:
// the same records, counted once in Redis and once in memory, release the same rows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../src/aggregate/memory-store.js';
import type { AggregateRecord } from '../../src/aggregate/record.js';
import { openRedisStore } from '../../src/aggregate/redis-store.js';
import { writeSnapshotFile } from '../../src/aggregate/snapshot-store.js';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { runEmbedded } from '../../src/embedded/run-embedded.js';
import { packagePath } from '../../src/util/package-root.js';
import { runCli } from '../support/cli.js';
import { syntheticNdjson } from '../support/events.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';

/** Keeps every record the embedded run produces, to replay them into Redis. */
class CollectingStore extends MemoryAggregateStore {
  readonly records: AggregateRecord[] = [];
  override applySync(record: AggregateRecord): boolean {
    this.records.push(record);
    return super.applySync(record);
  }
}

let redis: TestRedis;
const names = uniqueNames('export');
const dir = mkdtempSync(join(tmpdir(), 'pc-export-redis-'));
let env: Record<string, string>;
let memoryRecords: AggregateRecord[] = [];

beforeAll(async () => {
  redis = await testRedis();
  // Few accounts so that HyperLogLog estimates are exact and the comparison can be exact too.
  env = { REDIS_URL: redis.url, KEY_PREFIX: names.keyPrefix, SAMPLER_KEY: 'export-redis-test-key-0123456789abcdef', SAMPLE_RATE: '1', MIN_ACCOUNTS: '2', MIN_EVENTS: '2' };
  const config = loadConfig(env, { mode: 'embedded' });
  const memory = new CollectingStore();
  memoryRecords = memory.records;
  await runEmbedded(Readable.from([syntheticNdjson(600, 21)]), { config, classifier: createClassifier(config), taxonomy: loadTaxonomy(), store: memory });
  writeSnapshotFile(join(dir, 'snap.json'), await memory.snapshot(), config);

  const store = openRedisStore(loadConfig(env));
  try {
    for (const record of memory.records) await store.apply(record);
  } finally {
    await store.close();
  }
});

afterAll(async () => {
  await cleanRedis(redis.url, names);
  await redis.close();
});

describe('export and report on the Redis store', () => {
  it('export --store redis writes the rows export --store FILE writes for the same records', async () => {
    const fromRedis = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'redis.jsonl'), '--audit-log', join(dir, 'audit-r.jsonl')], { env });
    const fromFile = await runCli(['export', '--store', join(dir, 'snap.json'), '--format', 'jsonl', '--out', join(dir, 'file.jsonl'), '--audit-log', join(dir, 'audit-f.jsonl')], { env });
    expect(fromRedis.code, fromRedis.stderr).toBe(0);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const redisRows = readFileSync(join(dir, 'redis.jsonl'), 'utf8');
    expect(redisRows.trim().split('\n').length).toBeGreaterThan(10);
    expect(redisRows).toBe(readFileSync(join(dir, 'file.jsonl'), 'utf8'));
  });

  it('report --store redis prints the same table as report --store FILE', async () => {
    const a = await runCli(['report', '--store', 'redis', '--audit-log', join(dir, 'audit-report-r.jsonl')], { env });
    const b = await runCli(['report', '--store', join(dir, 'snap.json'), '--audit-log', join(dir, 'audit-report-f.jsonl')], { env });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/Week of/);
    // The header names the source; the tables below it must agree.
    const tables = (s: string) => s.slice(s.indexOf('\nWeek of'));
    expect(tables(a.stdout)).toBe(tables(b.stdout));
  });

  it('divides by the rate the counts were sampled at, not by the SAMPLE_RATE of the process that reports, and says so', async () => {
    // The workers counted at SAMPLE_RATE 1; a report from a shell left at the default 0.0025 must not
    // multiply every total by 400.
    const elsewhere = { ...env, SAMPLE_RATE: '0.0025' };
    const same = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'rate-same.jsonl'), '--audit-log', join(dir, 'audit-rate-same.jsonl')], { env });
    const other = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'rate-other.jsonl'), '--audit-log', join(dir, 'audit-rate.jsonl')], { env: elsewhere });
    expect(same.code, same.stderr).toBe(0);
    expect(other.code, other.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'rate-other.jsonl'), 'utf8');
    expect(rows).toBe(readFileSync(join(dir, 'rate-same.jsonl'), 'utf8'));
    for (const line of rows.trim().split('\n')) {
      const row = JSON.parse(line) as { sampledEvents: number; estimatedEvents: number };
      expect(row.estimatedEvents).toBe(row.sampledEvents);
    }
    const audit = JSON.parse(readFileSync(join(dir, 'audit-rate.jsonl'), 'utf8').trim()) as { config: { sampleRate: number; sampleRates?: Record<string, { rate: number }> } };
    expect(audit.config.sampleRate).toBe(0.0025);
    expect(Object.values(audit.config.sampleRates ?? {}).map((r) => r.rate)).toEqual(expect.arrayContaining([1]));
    expect(new Set(Object.values(audit.config.sampleRates ?? {}).map((r) => r.rate))).toEqual(new Set([1]));

    const report = await runCli(['report', '--store', 'redis', '--audit-log', join(dir, 'audit-rate-report.jsonl')], { env: elsewhere });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/note: Estimated totals divide by the sample rate recorded with each bucket's counts \(1 in \d+ buckets?\), not by this process's SAMPLE_RATE \(0\.0025\)\./);
  });

  it('refuses a DP release of counts the workers made without a per-account cap, naming ACCOUNT_SAMPLE_CAP', async () => {
    // The records were counted by a store configured without ACCOUNT_SAMPLE_CAP; the reporting
    // process setting one does not make the counts bounded.
    const result = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'dp.jsonl'), '--audit-log', join(dir, 'audit-dp.jsonl'), '--dp-ledger', join(dir, 'ledger-dp.jsonl')], {
      env: { ...env, DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '50' },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ACCOUNT_SAMPLE_CAP: is 50, but the store counted \d+ events of the bucket of \S+ without a per-account cap/);
  });

  it('with a taxonomy that lacks a counted category: rows keep it without a share, the release says so, and DP refuses', async () => {
    const taxonomy = JSON.parse(readFileSync(packagePath('schemas', 'taxonomy.json'), 'utf8')) as { dimensions: { topic: { categories: { id: string }[]; googleMapping: { category: string }[] } } };
    const topic = taxonomy.dimensions.topic;
    topic.categories = topic.categories.filter((c) => c.id !== 'programming');
    topic.googleMapping = topic.googleMapping.filter((m) => m.category !== 'programming');
    const file = join(dir, 'taxonomy-without-programming.json');
    writeFileSync(file, JSON.stringify(taxonomy));
    const result = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'tax.jsonl'), '--audit-log', join(dir, 'audit-tax.jsonl')], { env: { ...env, TAXONOMY_FILE: file } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('categories outside the taxonomy (TAXONOMY_FILE), released without shares: topic/programming');
    const rows = readFileSync(join(dir, 'tax.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { category: string; requestShare: number | null; sampledEvents: number });
    const programming = rows.filter((r) => r.category === 'programming');
    expect(programming.length).toBeGreaterThan(0);
    for (const row of programming) expect(row.requestShare).toBeNull();
    const audit = JSON.parse(readFileSync(join(dir, 'audit-tax.jsonl'), 'utf8').trim()) as { config: { outsideTaxonomy?: string[] } };
    expect(audit.config.outsideTaxonomy).toEqual(['topic/programming']);

    const dp = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'tax-dp.jsonl'), '--audit-log', join(dir, 'audit-tax-dp.jsonl'), '--dp-ledger', join(dir, 'ledger-tax-dp.jsonl')], {
      env: { ...env, TAXONOMY_FILE: file, DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '50' },
    });
    expect(dp.code).not.toBe(0);
    expect(dp.stderr).toMatch(/TAXONOMY_FILE: the counts hold categories this taxonomy does not have \(topic\/programming\)/);
  });

  it('says so when the store holds no counts under its KEY_PREFIX, without printing REDIS_URL', async () => {
    const withPassword = redis.url.replace('redis://', 'redis://:canary-password@');
    const empty = { ...env, KEY_PREFIX: '{nothing-here}', REDIS_URL: withPassword };
    const report = await runCli(['report', '--store', 'redis', '--audit-log', join(dir, 'audit-empty.jsonl')], { env: empty });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toContain("report: the Redis store holds no counts under KEY_PREFIX {nothing-here}; check KEY_PREFIX and REDIS_URL against the workers'");
    const exported = await runCli(['export', '--store', 'redis', '--since', '2020-01-06', '--until', '2020-01-13', '--format', 'jsonl', '--out', join(dir, 'empty.jsonl'), '--audit-log', join(dir, 'audit-empty2.jsonl')], { env });
    expect(exported.stderr).toContain('export: the Redis store holds no counts under KEY_PREFIX');
    expect(exported.stderr).toContain('in the range given');
    const full = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'full.jsonl'), '--audit-log', join(dir, 'audit-full.jsonl')], { env });
    expect(full.stderr).not.toContain('holds no counts');
    expect(withPassword).toContain('canary-password');
    expect(report.stderr + report.stdout + exported.stderr).not.toContain('canary-password');
  });

  it('names buckets counted under more than one SAMPLER_KEY in the export summary and the audit entry', async () => {
    const keyed = uniqueNames('export-keys');
    const keyedEnv = { ...env, KEY_PREFIX: keyed.keyPrefix };
    const store = openRedisStore(loadConfig(keyedEnv));
    try {
      const base = memoryRecords[0]!;
      await store.apply({ ...base, jobId: 'k1', samplerKeyId: 'aaaaaaaaaaaaaaaa' });
      await store.apply({ ...base, jobId: 'k2', samplerKeyId: 'bbbbbbbbbbbbbbbb' });
    } finally {
      await store.close();
    }
    try {
      const result = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'keys.jsonl'), '--audit-log', join(dir, 'audit-keys.jsonl')], { env: keyedEnv });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('1 bucket(s) counted under more than one SAMPLER_KEY: distinct accounts floored to estimate ÷ keys');
      const audit = JSON.parse(readFileSync(join(dir, 'audit-keys.jsonl'), 'utf8').trim()) as { config: { mixedSamplerKeys?: Record<string, number> } };
      expect(audit.config.mixedSamplerKeys).toEqual({ [memoryRecords[0]!.bucketStart]: 2 });
    } finally {
      await cleanRedis(redis.url, keyed);
    }
  });

  it('labels rows with the BUCKET unit the workers counted in, says so, and refuses a bucket counted by two units', async () => {
    const units = uniqueNames('export-units');
    const unitsEnv = { ...env, KEY_PREFIX: units.keyPrefix }; // this process: BUCKET week (the default)
    const base = memoryRecords[0]!; // a Monday
    const apply = async (records: AggregateRecord[]) => {
      const store = openRedisStore(loadConfig(unitsEnv));
      try {
        for (const r of records) await store.apply(r);
      } finally {
        await store.close();
      }
    };
    const exportUnits = (name: string) =>
      runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, `${name}.jsonl`), '--audit-log', join(dir, `audit-${name}.jsonl`)], { env: unitsEnv });
    try {
      await apply([1, 2, 3].map((i) => ({ ...base, jobId: `d${i}`, accountHash: String(i).repeat(32), bucket: 'day' as const })));
      const daily = await exportUnits('units-day');
      expect(daily.code, daily.stderr).toBe(0);
      const rows = readFileSync(join(dir, 'units-day.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { bucket: string });
      expect(new Set(rows.map((r) => r.bucket))).toEqual(new Set(['day']));
      expect(daily.stderr).toContain('1 bucket(s) counted by another unit than BUCKET (week): rows labelled with the unit counted');
      const audit = JSON.parse(readFileSync(join(dir, 'audit-units-day.jsonl'), 'utf8').trim()) as { config: { bucketUnits?: Record<string, string> } };
      expect(audit.config.bucketUnits).toEqual({ [base.bucketStart]: 'day' });

      // BUCKET changed to week on the same KEY_PREFIX: that Monday's week lands in the day's keys.
      await apply([{ ...base, jobId: 'w1', bucket: 'week' }]);
      const mixed = await exportUnits('units-mixed');
      expect(mixed.code).toBe(2);
      expect(mixed.stderr).toContain(`BUCKET: changed on this KEY_PREFIX: the bucket of ${base.bucketStart} holds counts made as day and week`);
    } finally {
      await cleanRedis(redis.url, units);
    }
  });

  it('names REDIS_URL when Redis cannot be reached', async () => {
    const result = await runCli(['export', '--store', 'redis', '--format', 'jsonl', '--out', join(dir, 'x.jsonl'), '--audit-log', join(dir, 'audit-x.jsonl')], {
      env: { ...env, REDIS_URL: 'redis://127.0.0.1:1' },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/REDIS_URL|redis/i);
  });
});
