// Shared pieces of the distributed tests: totals from a store, the embedded reference run, and a
// field-by-field comparison of two snapshots.
import { Readable } from 'node:stream';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { AggregateCell, AggregateSnapshot } from '../../src/aggregate/record.js';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { runEmbedded } from '../../src/embedded/run-embedded.js';

/** Sampled events counted in a snapshot (cells of one dimension plus capped ones). */
export function countedEvents(snapshot: AggregateSnapshot, dimension = 'topic'): number {
  return snapshot.cells.filter((c) => c.dimension === dimension).reduce((s, c) => s + c.sampledEvents, 0) + (snapshot.capped ?? []).reduce((s, c) => s + c.count, 0);
}

/** What the embedded mode counts for the same NDJSON and settings. */
export async function embeddedSnapshot(ndjson: string, env: NodeJS.ProcessEnv): Promise<AggregateSnapshot> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' }, { mode: 'embedded' });
  const { store } = await runEmbedded(Readable.from([ndjson]), { config, classifier: createClassifier(config), taxonomy: loadTaxonomy() });
  return store.snapshot();
}

const cellKey = (c: AggregateCell) => [c.bucketStart, c.dimension, c.category, c.model, c.app].join('|');

export interface CellDifference {
  key: string;
  field: string;
  expected: number;
  actual: number;
}

/**
 * Every difference between two snapshots' cells in the exactly-counted fields, plus the largest
 * relative gap in distinct accounts (an estimate in Redis).
 */
export function compareCells(expected: AggregateSnapshot, actual: AggregateSnapshot): { differences: CellDifference[]; accountsMaxRelError: number; accountsExactCells: number } {
  const differences: CellDifference[] = [];
  const actualByKey = new Map(actual.cells.map((c) => [cellKey(c), c]));
  let accountsMaxRelError = 0;
  let accountsExactCells = 0;
  for (const e of expected.cells) {
    const a = actualByKey.get(cellKey(e));
    actualByKey.delete(cellKey(e));
    for (const field of ['sampledEvents', 'promptTokens', 'completionTokens', 'chars'] as const) {
      if (a?.[field] !== e[field]) differences.push({ key: cellKey(e), field, expected: e[field], actual: a?.[field] ?? Number.NaN });
    }
    if (a) {
      if (a.distinctAccountsEst === e.distinctAccountsEst) accountsExactCells++;
      accountsMaxRelError = Math.max(accountsMaxRelError, Math.abs(a.distinctAccountsEst - e.distinctAccountsEst) / Math.max(1, e.distinctAccountsEst));
    }
  }
  for (const [key, a] of actualByKey) differences.push({ key, field: 'sampledEvents', expected: 0, actual: a.sampledEvents });
  return { differences, accountsMaxRelError, accountsExactCells };
}

export const sortedBy = <T>(items: readonly T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Counts a queue's unfinished jobs (waiting, active, delayed, prioritized, paused) on one connection. */
export function watchQueue(redisUrl: string, queueName: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  connection.on('error', () => undefined);
  const queue = new Queue(queueName, { connection });
  queue.on('error', () => undefined);
  return {
    queue,
    async openJobs(): Promise<number> {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
      return Object.values(counts).reduce((s, n) => s + n, 0);
    },
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}
