// `prompt-census evaluate`: figures for the local backend on shared/data/prompts/dev.jsonl, exact
// figures for a mocked remote backend, JSON output, and bad lines reported by number only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/util/package-root.js';
import { completion, dataBlock, type ChatRequest } from '../helpers/chat-completion.js';
import { memoryIo } from '../helpers/cli-io.js';

const DEV = resolve(packageRoot(), '..', 'shared', 'data', 'prompts', 'dev.jsonl');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pc-evaluate-'));
  nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  nock.enableNetConnect();
});

function dataFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('prompt-census evaluate', () => {
  it('runs the local backend on shared/data/prompts/dev.jsonl and prints the figures', async () => {
    const run = memoryIo('');
    expect(await main(['evaluate', '--classifier', 'local', '--data', DEV], run.io)).toBe(0);
    const out = run.stdout();
    expect(out).toContain('classifier local: 1453 examples');
    expect(out).toMatch(/accuracy \d\.\d{3} {3}macro-F1 \d\.\d{3} {3}Cohen's kappa -?\d\.\d{3}/);
    for (const label of ['programming', 'roleplay', 'translation', 'marketing']) expect(out).toMatch(new RegExp(`^${label}\\s+\\d\\.\\d{3}`, 'm'));
    expect(out).toContain('confusion matrix (rows: gold, columns: predicted)');
    expect(run.stderr()).toBe('');
  });

  it('the shipped local classifier reaches macro-F1 ≥ 0.90 on dev with no label below F1 0.75, through redaction', async () => {
    const run = memoryIo('');
    expect(await main(['evaluate', '--classifier', 'local', '--data', DEV, '--format', 'json'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout()) as { macroF1: number; perLabel: Array<{ label: string; f1: number }> };
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
    for (const { label, f1 } of report.perLabel) expect(f1, label).toBeGreaterThanOrEqual(0.75);
  });

  it('gives exact figures for a mocked openai backend, as JSON, skipping bad lines by number', async () => {
    const path = dataFile('small.jsonl', [
      JSON.stringify({ text: 'CANARY-1 reverse a list in python', label: 'programming' }),
      'CANARY-2 not json',
      JSON.stringify({ text: 'CANARY-3 what is a roth ira', label: 'finance' }),
      JSON.stringify({ text: 'CANARY-4 translate hello into german', label: 'translation' }),
    ]);
    // The mock answers programming for everything but "roth": one translation is wrong.
    nock('http://llm.test').post('/v1/chat/completions').times(3).reply((_uri, body) => {
      const text = dataBlock(body as ChatRequest) ?? '';
      return [200, completion(JSON.stringify({ topic: text.includes('roth') ? 'finance' : 'programming', confidence: 0.9 }))];
    });
    const run = memoryIo('', { OPENAI_BASE_URL: 'http://llm.test/v1', OPENAI_MODEL: 'm' });
    expect(await main(['evaluate', '--classifier', 'openai', '--data', path, '--format', 'json'], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.classifier).toBe('openai');
    expect(report.examples).toBe(3);
    expect(report.accuracy).toBeCloseTo(2 / 3, 12);
    expect(report.confusion.labels).toEqual(['finance', 'programming', 'translation']);
    expect(report.confusion.matrix).toEqual([[1, 0, 0], [0, 1, 0], [0, 1, 0]]);
    // F1: finance 1, programming 2/3, translation 0 → macro 5/9
    expect(report.macroF1).toBeCloseTo(5 / 9, 12);
    expect(run.stderr()).toMatch(/^line 2: rejected: \(root\): not valid JSON/m);
    expect(run.stdout() + run.stderr()).not.toContain('CANARY');
  });

  it('counts a backend failure as the prediction "unclassified"', async () => {
    const path = dataFile('down.jsonl', [JSON.stringify({ text: 'hello', label: 'general_qa' })]);
    nock('http://llm.test').post('/v1/chat/completions').reply(401, { error: { message: 'no' } });
    const run = memoryIo('', { OPENAI_BASE_URL: 'http://llm.test/v1', OPENAI_MODEL: 'm' });
    expect(await main(['evaluate', '--classifier', 'openai', '--data', path, '--format', 'json'], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).confusion).toEqual({ labels: ['general_qa', 'unclassified'], matrix: [[0, 1], [0, 0]] });
  });

  it('needs --data (exit 2)', async () => {
    const run = memoryIo('');
    expect(await main(['evaluate'], run.io)).toBe(2);
    expect(run.stderr()).toContain('--data');
  });
});
