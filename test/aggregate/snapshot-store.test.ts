import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile, SnapshotStore } from '../../src/aggregate/snapshot-store.js';
import { runCli } from '../support/cli.js';
import { syntheticNdjson } from '../support/events.js';

describe('snapshot files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-snap-'));
  const events = join(dir, 'events.ndjson');
  writeFileSync(events, syntheticNdjson(200, 4));

  it('run --save-snapshot writes counters that read back to the same report, and no secrets', async () => {
    const file = join(dir, 'snap.json');
    const key = 'SNAPSHOT-KEY-CANARY-0123456789abcdef';
    const { code, stdout } = await runCli(['run', events, '--sample-rate', '1', '--format', 'json', '--save-snapshot', file], { env: { SAMPLER_KEY: key } });
    expect(code).toBe(0);
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain(key);
    const snapshot = readSnapshotFile(file);
    expect(snapshot.sampleRate).toBe(1);
    const cells = (await new SnapshotStore(snapshot).snapshot()).cells;
    const sampled = cells.reduce((s, c) => s + c.sampledEvents, 0);
    expect(sampled).toBe((JSON.parse(stdout) as { totals: { sampledEvents: number } }).totals.sampledEvents);
  });

  it('rejects a file with unexpected fields, naming the field', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'prompt-census/snapshot@1', savedAt: new Date().toISOString(), sampleRate: 1, bucket: 'week', snapshot: { cells: [], pii: [], unclassifiedReasons: [] }, text: 'x' }));
    expect(() => readSnapshotFile(file)).toThrow(/unknown key/);
  });
});
