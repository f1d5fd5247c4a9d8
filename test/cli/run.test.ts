import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../../schemas/aggregate-row.js';
import { MemoryAggregateStore } from '../../src/aggregate/memory-store.js';
import type { AggregateRecord } from '../../src/aggregate/record.js';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { runEmbedded } from '../../src/embedded/run-embedded.js';
import { runCli, spawnCli } from '../support/cli.js';
import { syntheticNdjson } from '../support/events.js';
import { jsonSchemaValidator } from '../support/json-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'pc-run-'));
const small = join(dir, 'small.ndjson');
writeFileSync(small, syntheticNdjson(300, 7));

/** Exact two-sided binomial interval holding at least `level` of the mass. */
function binomialInterval(n: number, p: number, level: number): [number, number] {
  const tail = (1 - level) / 2;
  let pmf = Math.exp(n * Math.log1p(-p));
  let cdf = 0;
  let lo = -1;
  for (let k = 0; k <= n; k++) {
    cdf += pmf;
    if (lo < 0 && cdf > tail) lo = k;
    if (cdf >= 1 - tail) return [lo, k];
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
  }
  return [lo, n];
}

class RecordingStore extends MemoryAggregateStore {
  readonly jobIds: string[] = [];
  override applySync(record: AggregateRecord): boolean {
    this.jobIds.push(record.jobId);
    return super.applySync(record);
  }
}

describe('prompt-census run', () => {
  it('prints a per-week table with sampled counts, request share with interval, and token share', async () => {
    const { code, stdout } = await runCli(['run', small, '--sample-rate', '1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Week of \d{4}-\d{2}-\d{2}: \d+ sampled events/);
    expect(stdout).toMatch(/category\s+sampled\s+est\. events\s+request share\s+95% CI\s+token share/);
    expect(stdout).toContain('every event was sampled');
  });

  it('--format json prints a document whose rows validate against the exported JSON Schema', async () => {
    const { code, stdout } = await runCli(['run', small, '--sample-rate', '1', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { rows: unknown[] };
    expect(reportDocumentSchema.safeParse(doc).success).toBe(true);
    const validateRow = jsonSchemaValidator('aggregate-row.schema.json');
    expect(doc.rows.length).toBeGreaterThan(0);
    for (const row of doc.rows) expect(validateRow(row), JSON.stringify(validateRow.errors)).toBe(true);
    expect(jsonSchemaValidator('report.schema.json')(doc)).toBe(true);
  });

  it('--format csv prints a header and one line per row', async () => {
    const json = JSON.parse((await runCli(['run', small, '--sample-rate', '1', '--format', 'json'])).stdout) as { rows: unknown[] };
    const { stdout } = await runCli(['run', small, '--sample-rate', '1', '--format', 'csv']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^bucketStart,bucket,dimension,category,/);
    expect(lines.length - 1).toBe(json.rows.length);
  });

  it('at the default rate, the sampled count of 100,000 events lies in the binomial 99.9% interval', async () => {
    const file = join(dir, 'big.ndjson');
    writeFileSync(file, syntheticNdjson(100_000, 11));
    const { code, stdout } = await runCli(['run', file, '--format', 'json'], { env: { SAMPLER_KEY: 'statistics-test-key-0123456789abcdef' } });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { totals: { offeredEvents: number; sampledEvents: number } };
    expect(doc.totals.offeredEvents).toBe(100_000);
    const [lo, hi] = binomialInterval(100_000, 0.0025, 0.999);
    expect(doc.totals.sampledEvents).toBeGreaterThanOrEqual(lo);
    expect(doc.totals.sampledEvents).toBeLessThanOrEqual(hi);
  });

  it('two runs with the same SAMPLER_KEY sample exactly the same ids at the default rate; another key samples others', async () => {
    const text = syntheticNdjson(100_000, 3);
    const sampledIds = async (key: string) => {
      const config = loadConfig({ SAMPLER_KEY: key }, { mode: 'embedded' });
      expect(config.sampleRate).toBe(0.0025);
      const store = new RecordingStore();
      await runEmbedded(Readable.from([text]), { config, classifier: createClassifier(config), taxonomy: loadTaxonomy(), store });
      return store.jobIds.slice().sort();
    };
    const first = await sampledIds('same-key-same-key-same-key-same-key');
    const second = await sampledIds('same-key-same-key-same-key-same-key');
    expect(first.length).toBeGreaterThan(150);
    expect(second).toEqual(first);
    expect(await sampledIds('other-key-other-key-other-key-other')).not.toEqual(first);
  });

  it('exits 2 naming SAMPLE_RATE when it is out of range (real process)', async () => {
    const { code, stderr, stdout } = await spawnCli(['run', small], { env: { SAMPLE_RATE: '2' } });
    expect(code).toBe(2);
    expect(stderr).toContain('SAMPLE_RATE');
    expect(stdout).toBe('');
  });

  it('processes the rest of a file with malformed lines and reports each line number and field', async () => {
    const good = syntheticNdjson(3, 5).trimEnd().split('\n');
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(file, [good[0], '{"id": 5, "prompt": "x"}', 'not json', good[1], '{"id":"m","messages":[{"role":"user","content":7}]}', good[2]].join('\n') + '\n');
    const { code, stdout, stderr } = await runCli(['run', file, '--sample-rate', '1', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { totals: { offeredEvents: number; sampledEvents: number; rejectedEvents: number } };
    expect(doc.totals).toEqual({ offeredEvents: 3, sampledEvents: 3, rejectedEvents: 3 });
    expect(stderr).toContain('line 2: rejected: id:');
    expect(stderr).toContain('line 3: rejected: (root): not valid JSON');
    expect(stderr).toContain('line 5: rejected: messages[0].content:');
  });

  it('shows a progress bar on stderr only when stderr is a terminal, and clears it', async () => {
    const tty = await runCli(['run', small, '--sample-rate', '1'], { stderrIsTty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\r\[[#.]{30}\] +\d+% /);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const piped = await runCli(['run', small, '--sample-rate', '1']);
    expect(piped.stderr).not.toContain('\r');
  });

  it('exits 1 on a runtime failure, naming no input', async () => {
    const { code, stderr } = await spawnCli(['run', small, '--sample-rate', '1', '--save-snapshot', join(dir, 'no-such-dir', 'snap.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/prompt-census run: failed .*ENOENT/);
  });

  it('uses exit code 2 for usage errors and 0 for --help', async () => {
    expect((await runCli(['run'])).code).toBe(2);
    expect((await runCli(['run', small, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['run', join(dir, 'missing.ndjson')])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    for (const command of ['run', 'report', 'classify', 'redact', 'evaluate']) {
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/^Usage: prompt-census/);
    }
  });
});
