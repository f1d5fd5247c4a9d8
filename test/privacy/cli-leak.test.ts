// Privacy: no output of run, classify, report or evaluate, and no log line, holds a canary planted in
// the input or any 24-character run of an input prompt.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../support/cli.js';
import { mulberry32, syntheticEvent } from '../support/events.js';
import { findLeak, promptRuns } from '../support/leaks.js';

const CANARIES = ['CANARY-7f3a9c1e', 'canary.leak.7f3a@example.com', 'CANARY-ACCOUNT-51d2e8', 'CANARY-MALFORMED-9b77'];

const random = mulberry32(99);
const events = Array.from({ length: 400 }, (_, i) => {
  const event = syntheticEvent(i, random, i % 3 === 0 ? `reference ${CANARIES[0]} contact ${CANARIES[1]}` : '');
  if (i % 5 === 0) event.accountId = `${CANARIES[2]}-${i}`;
  return event;
});
const prompts = events.flatMap((e) => (e.messages ?? []).map((m) => String(m.content)));
const runs = promptRuns(prompts);

const dir = mkdtempSync(join(tmpdir(), 'pc-leak-'));
const eventsFile = join(dir, 'events.ndjson');
writeFileSync(
  eventsFile,
  [
    ...events.map((e) => JSON.stringify(e)),
    `{"id": "bad-1", "prompt": ${JSON.stringify(CANARIES[3])}, "usage": {"promptTokens": "${CANARIES[3]}"}}`,
    `this line is not json ${CANARIES[3]}`,
    `{"id": "bad-2", "messages": [{"role": "${CANARIES[3]}", "content": "x"}]}`,
  ].join('\n') + '\n',
);

function expectNoLeak(label: string, output: string) {
  expect(findLeak(output, CANARIES, runs), label).toBeUndefined();
}

describe('CLI outputs leak no prompt text', () => {
  it.each(['table', 'json', 'csv'])('run --format %s (stdout and stderr)', async (format) => {
    const { code, stdout, stderr } = await runCli(['run', eventsFile, '--sample-rate', '1', '--format', format], { env: { DIMENSIONS: 'model' } });
    expect(code).toBe(0);
    expect(stderr).toMatch(/line 402: rejected/);
    expectNoLeak('stdout', stdout);
    expectNoLeak('stderr', stderr);
  });

  it('report on the stored JSON', async () => {
    const json = (await runCli(['run', eventsFile, '--sample-rate', '1', '--format', 'json'])).stdout;
    const file = join(dir, 'report.json');
    writeFileSync(file, json);
    for (const format of ['table', 'csv', 'json']) {
      const { code, stdout, stderr } = await runCli(['report', file, '--format', format]);
      expect(code).toBe(0);
      expectNoLeak(`report ${format}`, stdout + stderr);
    }
  });

  it('classify (texts and events) and evaluate', async () => {
    const texts = events.slice(0, 50).map((e, i) => JSON.stringify({ id: `t${i}`, text: String(e.messages?.[1]?.content) })).join('\n');
    const a = await runCli(['classify'], { stdin: texts + '\n' });
    const b = await runCli(['classify', eventsFile]);
    const labelled = events.slice(0, 50).map((e) => JSON.stringify({ text: String(e.messages?.[1]?.content), label: 'programming' })).join('\n');
    const labelledFile = join(dir, 'labelled.ndjson');
    writeFileSync(labelledFile, labelled + '\n');
    const c = await runCli(['evaluate', '--data', labelledFile]);
    for (const [name, r] of Object.entries({ a, b, c })) {
      expect(r.code, name).toBe(0);
      expectNoLeak(`${name} stdout`, r.stdout);
      expectNoLeak(`${name} stderr`, r.stderr);
    }
    expect(a.stdout.trim().split('\n')).toHaveLength(50);
  });

  it('the real process at LOG_LEVEL=trace writes no text to stdout or stderr', async () => {
    const { code, stdout, stderr } = await spawnCli(['run', eventsFile, '--sample-rate', '1'], { env: { LOG_LEVEL: 'trace' } });
    expect(code).toBe(0);
    expectNoLeak('stdout', stdout);
    expectNoLeak('stderr', stderr);
  });
});
