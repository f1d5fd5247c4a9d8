// export and audit verify end to end on snapshot files: the release rule holds in every format, the
// audit chain catches tampering with rows and entries and names the entry, DP writes its ledger.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { cell, tempDir, WEEK2, writeSnapshot } from '../support/snapshots.js';

const ENV = { MIN_ACCOUNTS: '5', MIN_EVENTS: '10' };
// legal has 4 accounts: below MIN_ACCOUNTS=5, it must not be released in any form of its own.
const CELLS = [
  cell('programming', 40, 30), cell('translation', 20, 12), cell('health', 12, 6), cell('legal', 11, 4),
  cell('programming', 35, 25, { bucketStart: WEEK2 }), cell('roleplay', 25, 15, { bucketStart: WEEK2 }), cell('science', 14, 9, { bucketStart: WEEK2 }), cell('finance', 12, 7, { bucketStart: WEEK2 }),
];

async function exportTo(dir: string, format: 'jsonl' | 'csv', name: string, env: Record<string, string> = ENV) {
  const store = writeSnapshot(dir, CELLS);
  const out = join(dir, name);
  const result = await runCli(['export', '--store', store, '--format', format, '--out', out, '--audit-log', join(dir, 'audit.jsonl')], { env });
  expect(result.stderr).toMatch(/audit entry seq \d+ appended/);
  expect(result.code).toBe(0);
  return out;
}

const jsonl = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('prompt-census export', () => {
  it('a 4-account cell under MIN_ACCOUNTS=5 appears in neither JSONL nor CSV', async () => {
    const dir = tempDir();
    const rows = jsonl(await exportTo(dir, 'jsonl', 'rows.jsonl'));
    const csv = readFileSync(await exportTo(dir, 'csv', 'rows.csv'), 'utf8');
    expect(rows.map((r) => r.category)).not.toContain('legal');
    expect(csv).not.toMatch(/,legal,/);
    // Nor alone inside the fold: the fold holds legal and health together.
    const fold = rows.find((r) => r.suppressed === true && r.bucketStart === CELLS[0]!.bucketStart)!;
    expect(fold).toMatchObject({ sampledEvents: 23, category: 'suppressed' });
    expect(rows.filter((r) => r.sampledEvents === 11)).toEqual([]);
  });

  it('audit verify accepts untouched JSONL and CSV exports', async () => {
    const dir = tempDir();
    const a = await exportTo(dir, 'jsonl', 'rows.jsonl');
    const b = await exportTo(dir, 'csv', 'rows.csv');
    const result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', a, '--rows', b]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 entries, chain intact, head [0-9a-f]{64}/);
    expect(result.stdout).toMatch(/rows .*rows\.csv: \d+ rows, allowed fields and values, match entry seq 2/);
  });

  it('a changed number in an exported row fails verify, naming the entry', async () => {
    const dir = tempDir();
    await exportTo(dir, 'jsonl', 'first.jsonl');
    const path = await exportTo(dir, 'jsonl', 'rows.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"sampledEvents":40/, '"sampledEvents":41'));
    const result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/FAILED: entry seq 2, rows rows\.jsonl: rows do not match the rowsDigest of entry seq 2/);
  });

  it('a changed CSV row, or a JSONL row deleted, fails verify naming the entry', async () => {
    const dir = tempDir();
    const csv = await exportTo(dir, 'csv', 'rows.csv');
    const jsonlPath = await exportTo(dir, 'jsonl', 'rows.jsonl');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/,40,/, ',39,'));
    const changed = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', csv]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/FAILED: entry seq 1, rows rows\.csv: rows do not match the rowsDigest of entry seq 1/);
    const lines = readFileSync(jsonlPath, 'utf8').trim().split('\n');
    writeFileSync(jsonlPath, lines.slice(1).join('\n') + '\n');
    const deleted = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', jsonlPath]);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toMatch(/FAILED: entry seq 2, rows rows\.jsonl: rows do not match the rowsDigest of entry seq 2/);
  });

  it('a row with an extra field or a free-text category fails verify without echoing the value', async () => {
    const dir = tempDir();
    const path = await exportTo(dir, 'jsonl', 'rows.jsonl');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const extra = { ...JSON.parse(lines[0]!), note: 'SECRET-NOTE-VALUE' };
    writeFileSync(path, [JSON.stringify(extra), ...lines.slice(1)].join('\n') + '\n');
    let result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/entry seq 1, rows rows\.jsonl line 1: note: field not allowed/);
    expect(result.stderr).not.toContain('SECRET-NOTE-VALUE');

    const freeText = { ...JSON.parse(lines[0]!), category: 'what is my password' };
    writeFileSync(path, [JSON.stringify(freeText), ...lines.slice(1)].join('\n') + '\n');
    result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 1: category: /);
    expect(result.stderr).not.toContain('password');

    const unknownId = { ...JSON.parse(lines[0]!), category: 'gardening' };
    writeFileSync(path, [JSON.stringify(unknownId), ...lines.slice(1)].join('\n') + '\n');
    result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--rows', path]);
    expect(result.stderr).toMatch(/line 1: category: not a category id of the taxonomy/);
  });

  it.each([
    ['deleting', (lines: string[]) => [lines[0]!, lines[2]!, lines[3]!], /line 2: entry seq 3 where seq 2 belongs/],
    ['reordering', (lines: string[]) => [lines[0]!, lines[2]!, lines[1]!, lines[3]!], /line 2: entry seq 3 where seq 2 belongs/],
    ['editing', (lines: string[]) => [lines[0]!, lines[1]!.replace('"rowCount":', '"rowCount":1'), lines[2]!, lines[3]!], /entry seq 2: hash does not match its contents/],
  ])('%s an audit entry fails verify, naming the entry', async (_name, tamper, message) => {
    const dir = tempDir();
    for (let i = 0; i < 4; i++) await exportTo(dir, 'jsonl', `rows-${i}.jsonl`);
    const log = join(dir, 'audit.jsonl');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    writeFileSync(log, tamper(lines).join('\n') + '\n');
    const result = await runCli(['audit', 'verify', '--log', log]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    // And an export refuses to append to the broken chain.
    const again = await runCli(['export', '--store', writeSnapshot(dir, CELLS), '--out', join(dir, 'x.jsonl'), '--audit-log', log], { env: ENV });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/audit log line 2/);
  });

  it('dropping the last entry is caught with --head (the head recorded elsewhere)', async () => {
    const dir = tempDir();
    for (let i = 0; i < 2; i++) await exportTo(dir, 'jsonl', `rows-${i}.jsonl`);
    const log = join(dir, 'audit.jsonl');
    const head = (await runCli(['audit', 'verify', '--log', log])).stdout.match(/head ([0-9a-f]{64})/)![1]!;
    writeFileSync(log, readFileSync(log, 'utf8').trim().split('\n')[0]! + '\n');
    const result = await runCli(['audit', 'verify', '--log', log, '--head', head]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/last entry \(seq 1\) is not the expected head/);
  });

  it('the audit entry records the release config (never secrets) and its digest', async () => {
    const dir = tempDir();
    const key = 'AUDIT-SAMPLER-KEY-CANARY-0123456789abcdef';
    await exportTo(dir, 'jsonl', 'rows.jsonl', { ...ENV, SAMPLER_KEY: key, REDIS_URL: 'redis://:REDIS-PASSWORD-CANARY@127.0.0.1:6379' });
    const text = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    const entry = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['seq', 'time', 'configDigest', 'rowsDigest', 'prevHash', 'hash']));
    expect(entry.config).toMatchObject({ sampleRate: 0.0025, minAccounts: 5, minEvents: 10, dp: null });
    expect(text).not.toContain(key);
    expect(text).not.toContain('REDIS-PASSWORD-CANARY');
  });

  it('with DP on, counts are noised, the ledger records ε per bucket, and composition adds up', async () => {
    const dir = tempDir();
    const env = { ...ENV, DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '2', MAX_TOKENS_PER_EVENT: '1000' };
    const first = jsonl(await exportTo(dir, 'jsonl', 'dp1.jsonl', env));
    await exportTo(dir, 'jsonl', 'dp2.jsonl', env);
    const ledger = readFileSync(join(dir, 'prompt-census-dp-ledger.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ledger).toHaveLength(2);
    expect(ledger[1]).toMatchObject({ mechanism: 'discrete-laplace/v1', epsilon: 1, delta: 0, epsilonSpentByBucket: { [CELLS[0]!.bucketStart]: 2, [WEEK2]: 2 } });
    // Exact counts would make programming 40 in week 1; noise with scale 8 makes that unlikely for every row.
    expect(first.some((r) => r.category !== 'suppressed' && ![40, 20, 12, 35, 25, 14].includes(r.sampledEvents as number))).toBe(true);
    const result = await runCli(['audit', 'verify', '--log', join(dir, 'audit.jsonl'), '--ledger', join(dir, 'prompt-census-dp-ledger.jsonl'), '--rows', join(dir, 'dp1.jsonl')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('DP with model/app dimensions needs DP_DELTA', async () => {
    const dir = tempDir();
    const result = await runCli(['export', '--store', writeSnapshot(dir, CELLS), '--audit-log', join(dir, 'a.jsonl')], { env: { DP_EPSILON: '1', ACCOUNT_SAMPLE_CAP: '2', DIMENSIONS: 'model' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DP_DELTA: DP_DELTA must be > 0/);
  });

  it('rejects bad flags with usage errors', async () => {
    expect((await runCli(['export'])).stderr).toMatch(/needs --store/);
    expect((await runCli(['export', '--store', 'x', '--to', 'mysql://x'])).stderr).toMatch(/--to must be a postgres/);
    expect((await runCli(['export', '--store', 'x', '--since', 'yesterday'])).stderr).toMatch(/--since must be an ISO date/);
    expect((await runCli(['audit', 'check'])).code).toBe(2);
  });

  it('--since/--until limit the buckets exported', async () => {
    const dir = tempDir();
    const store = writeSnapshot(dir, CELLS);
    const result = await runCli(['export', '--store', store, '--since', WEEK2, '--audit-log', join(dir, 'a.jsonl')], { env: ENV });
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { bucketStart: string });
    expect(new Set(rows.map((r) => r.bucketStart))).toEqual(new Set([WEEK2]));
  });
});
