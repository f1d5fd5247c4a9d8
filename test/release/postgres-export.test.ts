// PostgreSQL export against the real server: the table is created, rows read back equal the JSONL
// export, and re-exporting a bucket replaces it in one transaction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFromPostgres } from '../../src/release/postgres-export.js';
import { runCli } from '../support/cli.js';
import { postgresUrl, query, tempSchema } from '../support/postgres.js';
import { cell, tempDir, WEEK1, WEEK2, writeSnapshot } from '../support/snapshots.js';

const ENV = { MIN_ACCOUNTS: '5', MIN_EVENTS: '10', DIMENSIONS: 'model' };
const CELLS = [
  cell('programming', 40, 30, { model: 'm-a' }), cell('translation', 20, 12, { model: 'm-a' }), cell('health', 12, 6, { model: 'm-a' }), cell('legal', 11, 4, { model: 'm-a' }),
  cell('programming', 33, 20, { model: '' }), cell('unclassified', 12, 8, { model: '' }), cell('other', 30, 22, { model: '' }),
  cell('programming', 35, 25, { bucketStart: WEEK2, model: 'm-b' }), cell('roleplay', 25, 15, { bucketStart: WEEK2, model: 'm-b' }), cell('science', 14, 9, { bucketStart: WEEK2, model: 'm-b' }), cell('finance', 12, 7, { bucketStart: WEEK2, model: 'm-b' }),
];

let schema: Awaited<ReturnType<typeof tempSchema>>;
beforeAll(async () => {
  schema = await tempSchema();
});
afterAll(async () => {
  await schema?.drop();
});

async function exportBoth(dir: string, cells = CELLS) {
  const store = writeSnapshot(dir, cells);
  const table = `${schema.name}.aggregates`;
  const audit = join(dir, 'audit.jsonl');
  const file = join(dir, 'rows.jsonl');
  const a = await runCli(['export', '--store', store, '--out', file, '--audit-log', audit], { env: ENV });
  const b = await runCli(['export', '--store', store, '--to', postgresUrl(), '--table', table, '--audit-log', audit], { env: ENV });
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  const jsonl = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
  return { table, jsonl, audit };
}

describe('export --to postgres://', () => {
  it('creates the table and round-trips: rows read back equal the JSONL export', async () => {
    const { table, jsonl, audit } = await exportBoth(tempDir());
    const back = await readFromPostgres(postgresUrl(), table);
    expect(back).toEqual(jsonl);
    expect(back.map((r) => r.category)).not.toContain('legal');
    const entries = readFileSync(audit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { rowsDigest: string; output: { format: string; table: string | null } });
    // Same rows, same digest, whatever the target.
    expect(entries[1]!.rowsDigest).toBe(entries[0]!.rowsDigest);
    expect(entries[1]!.output).toMatchObject({ format: 'postgres', table });
    expect(JSON.stringify(entries)).not.toContain('postgres://');
  });

  it('audit verify --postgres checks the table against the latest export into it, naming the entry', async () => {
    const { table, audit } = await exportBoth(tempDir());
    const ok = await runCli(['audit', 'verify', '--log', audit, '--postgres', postgresUrl(), '--table', table]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(new RegExp(`table ${table}: \\d+ rows, allowed fields and values, match entry seq 2`));
    await query(`UPDATE ${table} SET sampled_events = sampled_events + 1 WHERE category = 'programming'`);
    const bad = await runCli(['audit', 'verify', '--log', audit, '--postgres', postgresUrl(), '--table', table]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/FAILED: entry seq 2, table .*: rows do not match the rowsDigest of entry seq 2/);
  });

  it('re-exporting replaces the buckets it covers instead of adding to them', async () => {
    const dir = tempDir();
    const { table } = await exportBoth(dir);
    const changed = CELLS.map((c) => (c.category === 'programming' ? { ...c, sampledEvents: c.sampledEvents + 5 } : c));
    const { jsonl } = await exportBoth(tempDir(), changed);
    const back = await readFromPostgres(postgresUrl(), table);
    expect(back).toEqual(jsonl);
    const [counted] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE bucket_start = $1`, [WEEK1]);
    expect(Number(counted!.n)).toBe(jsonl.filter((r) => (r as { bucketStart: string }).bucketStart === WEEK1).length);
  });

  it('a failed export leaves the previous release in place (one transaction)', async () => {
    const dir = tempDir();
    const { table, jsonl } = await exportBoth(dir);
    // A CHECK the rows can't meet makes the INSERT fail after the DELETE ran inside the transaction.
    await query(`ALTER TABLE ${table} ADD CONSTRAINT no_big CHECK (sampled_events < 38) NOT VALID`);
    const store = writeSnapshot(dir, CELLS.map((c) => ({ ...c, sampledEvents: c.sampledEvents + 1 })), 0.0025, 'bigger.json');
    const result = await runCli(['export', '--store', store, '--to', postgresUrl(), '--table', table, '--audit-log', join(dir, 'audit.jsonl')], { env: ENV });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PostgresExportError/);
    expect(await readFromPostgres(postgresUrl(), table)).toEqual(jsonl);
    await query(`ALTER TABLE ${table} DROP CONSTRAINT no_big`);
  });

  it('names the failure without the URL when the server is unreachable', async () => {
    const dir = tempDir();
    const result = await runCli(['export', '--store', writeSnapshot(dir, CELLS), '--to', 'postgres://user:PG-PASSWORD-CANARY@127.0.0.1:1/test', '--audit-log', join(dir, 'a.jsonl')], { env: ENV });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
    expect(result.stderr).not.toContain('PG-PASSWORD-CANARY');
  });
});
