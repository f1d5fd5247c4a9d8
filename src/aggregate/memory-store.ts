// In-memory aggregate store for embedded runs and tests. Same semantics as the Redis store,
// including replay protection; distinct accounts are counted exactly.
import type { BucketUnit } from './bucket.js';
import type { AggregateCell, AggregateRecord, AggregateSnapshot, SnapshotRange } from './record.js';
import { inRange, type AggregateStore } from './store.js';

interface CellState extends Omit<AggregateCell, 'distinctAccountsEst'> {
  accounts: Set<string>;
}

export interface AggregateStoreOptions {
  /**
   * ACCOUNT_SAMPLE_CAP: most events one account adds to the cells per bucket; events past it count
   * only in the bucket's `capped` total. Unset: no cap.
   */
  accountSampleCap?: number | undefined;
}

export class MemoryAggregateStore implements AggregateStore {
  private readonly seen = new Set<string>();
  private readonly cells = new Map<string, CellState>();
  private readonly pii = new Map<string, number>();
  private readonly reasons = new Map<string, number>();
  private readonly accountEvents = new Map<string, number>();
  private readonly capped = new Map<string, number>();
  /** "<bucketStart>\u0000<rate>" → events in the cells sampled at that rate. */
  private readonly rates = new Map<string, number>();
  /** "<bucketStart>\u0000<cap>" → counted jobs (0: no cap), and the same per token bound. */
  private readonly caps = new Map<string, number>();
  private readonly tokenBounds = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly units = new Map<string, number>();
  private readonly accountSampleCap: number | undefined;

  constructor(options: AggregateStoreOptions = {}) {
    this.accountSampleCap = options.accountSampleCap;
  }

  async apply(record: AggregateRecord): Promise<boolean> {
    return this.applySync(record);
  }

  /** Synchronous form for the embedded runner's hot loop. */
  applySync(record: AggregateRecord): boolean {
    const claim = `${record.bucketStart}|${record.jobId}`;
    if (this.seen.has(claim)) return false;
    this.seen.add(claim);
    bump(this.caps, `${record.bucketStart}\u0000${this.accountSampleCap ?? 0}`);
    if (record.maxTokensPerEvent !== undefined) bump(this.tokenBounds, `${record.bucketStart}\u0000${record.maxTokensPerEvent}`);
    if (record.samplerKeyId !== undefined) bump(this.keys, `${record.bucketStart}\u0000${record.samplerKeyId}`);
    if (record.bucket !== undefined) bump(this.units, `${record.bucketStart}\u0000${record.bucket}`);
    if (this.accountSampleCap !== undefined && record.accountHash) {
      const key = `${record.bucketStart}\u0000${record.accountHash}`;
      const n = (this.accountEvents.get(key) ?? 0) + 1;
      this.accountEvents.set(key, n);
      if (n > this.accountSampleCap) {
        this.capped.set(record.bucketStart, (this.capped.get(record.bucketStart) ?? 0) + 1);
        return true;
      }
    }
    if (record.sampleRate !== undefined) bump(this.rates, `${record.bucketStart}\u0000${record.sampleRate}`);
    for (const [dimension, category] of Object.entries(record.categories)) {
      const key = [record.bucketStart, dimension, category, record.model, record.app].join('\u0000');
      let cell = this.cells.get(key);
      if (!cell) {
        cell = {
          bucketStart: record.bucketStart,
          dimension,
          category,
          model: record.model,
          app: record.app,
          sampledEvents: 0,
          promptTokens: 0,
          completionTokens: 0,
          chars: 0,
          accounts: new Set(),
        };
        this.cells.set(key, cell);
      }
      cell.sampledEvents += 1;
      cell.promptTokens += record.promptTokens;
      cell.completionTokens += record.completionTokens;
      cell.chars += record.chars;
      if (record.accountHash) cell.accounts.add(record.accountHash);
    }
    for (const [type, count] of Object.entries(record.pii)) {
      const key = `${record.bucketStart}\u0000${type}`;
      this.pii.set(key, (this.pii.get(key) ?? 0) + (count ?? 0));
    }
    if (record.unclassifiedReason) {
      const key = `${record.bucketStart}\u0000${record.unclassifiedReason}`;
      this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
    }
    return true;
  }

  async snapshot(range?: SnapshotRange): Promise<AggregateSnapshot> {
    const cells: AggregateCell[] = [];
    for (const { accounts, ...cell } of this.cells.values()) {
      if (inRange(cell.bucketStart, range)) cells.push({ ...cell, distinctAccountsEst: accounts.size });
    }
    const split = (map: Map<string, number>) =>
      [...map].map(([key, count]) => {
        const [bucketStart, name] = key.split('\u0000') as [string, string];
        return { bucketStart, name, count };
      }).filter((x) => inRange(x.bucketStart, range));
    return {
      cells,
      pii: split(this.pii).map(({ bucketStart, name, count }) => ({ bucketStart, type: name, count })),
      unclassifiedReasons: split(this.reasons).map(({ bucketStart, name, count }) => ({ bucketStart, reason: name, count })),
      capped: [...this.capped].filter(([bucketStart]) => inRange(bucketStart, range)).map(([bucketStart, count]) => ({ bucketStart, count })),
      sampleRates: split(this.rates).map(({ bucketStart, name, count }) => ({ bucketStart, rate: Number(name), count })),
      accountCaps: split(this.caps).map(({ bucketStart, name, count }) => ({ bucketStart, cap: Number(name), count })),
      tokenBounds: split(this.tokenBounds).map(({ bucketStart, name, count }) => ({ bucketStart, maxTokens: Number(name), count })),
      samplerKeys: split(this.keys).map(({ bucketStart, name, count }) => ({ bucketStart, keyId: name, count })),
      bucketUnits: split(this.units).map(({ bucketStart, name, count }) => ({ bucketStart, bucket: name as BucketUnit, count })),
    };
  }

  async close(): Promise<void> {}
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
