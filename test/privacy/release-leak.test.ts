// Privacy: the release outputs — JSONL, CSV, the PostgreSQL table, the HTML report, report tables,
// the audit log, the DP ledger and audit verify's output — hold no canary planted in prompts or
// account ids, and no 24-character run of an input prompt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { findLeak, promptRuns } from '../support/leaks.js';
import { postgresUrl, query, tempSchema } from '../support/postgres.js';
import { tempDir } from '../support/snapshots.js';

const CANARIES = ['CANARY-REL-4c1d77', 'canary.release.4c1d@example.com', 'CANARY-ACCT-REL-93ab'];
const random = mulberry32(404);
const events = Array.from({ length: 1500 }, (_, i) => {
  const event = syntheticEvent(i, random, i % 2 === 0 ? `see ${CANARIES[0]} or mail ${CANARIES[1]}` : '');
  event.accountId = `${CANARIES[2]}-${i % 60}`;
  return event;
});
const runs = promptRuns(events.flatMap((e) => (e.messages ?? []).map((m) => String(m.content))));
const dir = tempDir('pc-release-leak-');
const snapshot = join(dir, 'snapshot.json');
const outputs = new Map<string, string>();
let schema: Awaited<ReturnType<typeof tempSchema>>;

function collect(label: string, text: string) {
  outputs.set(label, text);
}

beforeAll(async () => {
  schema = await tempSchema();
  const eventsFile = join(dir, 'events.ndjson');
  writeFileSync(eventsFile, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  // Counted under the cap and token bound the DP steps below are calibrated to (a DP release refuses counts made under larger ones).
  const run = await runCli(['run', eventsFile, '--sample-rate', '1', '--save-snapshot', snapshot, '--format', 'json'], { env: { DIMENSIONS: 'model', ACCOUNT_SAMPLE_CAP: '3', MAX_TOKENS_PER_EVENT: '2000' } });
  expect(run.code).toBe(0);
  const env = { DIMENSIONS: 'model', MIN_ACCOUNTS: '5', MIN_EVENTS: '10' };
  const dpEnv = { ...env, DP_EPSILON: '2', DP_DELTA: '1e-6', ACCOUNT_SAMPLE_CAP: '3', MAX_TOKENS_PER_EVENT: '2000' };
  const audit = join(dir, 'audit.jsonl');
  const reportJson = join(dir, 'report.json');
  writeFileSync(reportJson, run.stdout);
  const steps: Array<[string, string[], Record<string, string>]> = [
    ['export jsonl', ['export', '--store', snapshot, '--out', join(dir, 'rows.jsonl'), '--audit-log', audit], env],
    ['export csv', ['export', '--store', snapshot, '--format', 'csv', '--out', join(dir, 'rows.csv'), '--audit-log', audit], env],
    ['export dp', ['export', '--store', snapshot, '--out', join(dir, 'dp.jsonl'), '--audit-log', audit], dpEnv],
    ['export postgres', ['export', '--store', snapshot, '--to', postgresUrl(), '--table', `${schema.name}.rows`, '--audit-log', audit], env],
    ['report html', ['report', '--store', snapshot, '--format', 'html', '--out', join(dir, 'report.html'), '--audit-log', audit], dpEnv],
    ['report table', ['report', '--store', snapshot, '--audit-log', audit], env],
    ['report file html', ['report', reportJson, '--format', 'html'], {}],
    ['audit verify', ['audit', 'verify', '--log', audit, '--ledger', join(dir, 'prompt-census-dp-ledger.jsonl'), '--rows', join(dir, 'rows.jsonl'), '--rows', join(dir, 'rows.csv'), '--rows', join(dir, 'dp.jsonl')], {}],
  ];
  for (const [label, argv, stepEnv] of steps) {
    const result = await runCli(argv, { env: stepEnv });
    expect(result.code, `${label}: ${result.stderr}`).toBe(0);
    collect(`${label} stdout`, result.stdout);
    collect(`${label} stderr`, result.stderr);
  }
  for (const file of ['rows.jsonl', 'rows.csv', 'dp.jsonl', 'report.html', 'audit.jsonl', 'prompt-census-dp-ledger.jsonl']) {
    collect(file, readFileSync(join(dir, file), 'utf8'));
  }
  collect('postgres table', JSON.stringify(await query(`SELECT * FROM ${schema.name}.rows`)));
});

afterAll(async () => {
  await schema?.drop();
});

describe('release outputs leak no prompt text or account ids', () => {
  it('every output was produced and holds released numbers', () => {
    expect(outputs.get('rows.jsonl')!.split('\n').length).toBeGreaterThan(5);
    expect(outputs.get('postgres table')!.length).toBeGreaterThan(100);
    expect(outputs.get('prompt-census-dp-ledger.jsonl')).toMatch(/discrete-laplace/);
  });

  it.each(['rows.jsonl', 'rows.csv', 'dp.jsonl', 'report.html', 'audit.jsonl', 'prompt-census-dp-ledger.jsonl', 'postgres table', 'export jsonl stderr', 'report table stdout', 'report file html stdout', 'audit verify stdout'])('%s', (label) => {
    expect(findLeak(outputs.get(label)!, CANARIES, runs), label).toBeUndefined();
  });

  it('no output at all (stdout and stderr of every step)', () => {
    for (const [label, text] of outputs) expect(findLeak(text, CANARIES, runs), label).toBeUndefined();
  });
});
