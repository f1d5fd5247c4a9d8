// Builds aggregate cells and snapshot files directly, for release tests that need exact counts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AggregateCell } from '../../src/aggregate/record.js';
import { writeSnapshotFile } from '../../src/aggregate/snapshot-store.js';

export const WEEK1 = '2026-11-02T00:00:00.000Z';
export const WEEK2 = '2026-11-09T00:00:00.000Z';

export function cell(category: string, sampledEvents: number, distinctAccountsEst: number, over: Partial<AggregateCell> = {}): AggregateCell {
  return {
    bucketStart: WEEK1,
    dimension: 'topic',
    category,
    model: '',
    app: '',
    sampledEvents,
    promptTokens: sampledEvents * 120,
    completionTokens: sampledEvents * 80,
    chars: sampledEvents * 500,
    distinctAccountsEst,
    ...over,
  };
}

export function tempDir(prefix = 'pc-release-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeSnapshot(dir: string, cells: AggregateCell[], sampleRate = 0.0025, name = 'snapshot.json'): string {
  const path = join(dir, name);
  writeSnapshotFile(path, { cells, pii: [], unclassifiedReasons: [] }, { sampleRate, bucket: 'week' });
  return path;
}
