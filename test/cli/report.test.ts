// report reads a run document (as before) or a store (release rules applied, audit entry appended).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { syntheticNdjson } from '../support/events.js';
import { cell, tempDir, writeSnapshot } from '../support/snapshots.js';

const ENV = { MIN_ACCOUNTS: '5', MIN_EVENTS: '10' };
const CELLS = [cell('programming', 40, 30), cell('translation', 20, 12), cell('health', 12, 6), cell('legal', 11, 4)];

describe('prompt-census report', () => {
  it('--store prints the released table, folds the small cells, and appends an audit entry', async () => {
    const dir = tempDir();
    const audit = join(dir, 'audit.jsonl');
    const result = await runCli(['report', '--store', writeSnapshot(dir, CELLS), '--audit-log', audit], { env: ENV });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/audit entry seq 1/);
    expect(result.stdout).toMatch(/\(suppressed\)\s+23/);
    expect(result.stdout).not.toMatch(/legal|health/);
    expect(JSON.parse(readFileSync(audit, 'utf8'))).toMatchObject({ seq: 1, output: { format: 'table', file: null } });
  });

  it('--store keeps the 4-account cell out of the CSV and the HTML page too', async () => {
    const dir = tempDir();
    const snapshot = writeSnapshot(dir, CELLS);
    for (const format of ['csv', 'html']) {
      const result = await runCli(['report', '--store', snapshot, '--format', format, '--audit-log', join(dir, `audit-${format}.jsonl`)], { env: ENV });
      expect(result.code, `${format}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('programming');
      expect(result.stdout, format).not.toMatch(/legal|health/);
    }
  });

  it('a run document still reports as table, CSV, JSON and HTML', async () => {
    const dir = tempDir();
    const events = join(dir, 'e.ndjson');
    writeFileSync(events, syntheticNdjson(300, 3));
    const doc = join(dir, 'doc.json');
    writeFileSync(doc, (await runCli(['run', events, '--sample-rate', '1', '--format', 'json'])).stdout);
    for (const format of ['table', 'csv', 'json', 'html']) {
      const result = await runCli(['report', doc, '--format', format]);
      expect(result.code, `${format}: ${result.stderr}`).toBe(0);
    }
    const html = (await runCli(['report', doc, '--format', 'html'])).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg class="chart view-request"');
  });

  it('rejects ambiguous or unsupported combinations', async () => {
    expect((await runCli(['report'])).code).toBe(2);
    expect((await runCli(['report', 'a.json', '--store', 'b.json'])).code).toBe(2);
    const dir = tempDir();
    const result = await runCli(['report', '--store', writeSnapshot(dir, CELLS), '--format', 'json'], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format json needs a report FILE/);
  });
});
