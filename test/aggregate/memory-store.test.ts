import { describe, expect, it } from 'vitest';
import { MemoryAggregateStore } from '../../src/aggregate/memory-store.js';
import type { AggregateRecord } from '../../src/aggregate/record.js';

const record = (over: Partial<AggregateRecord> = {}): AggregateRecord => ({
  jobId: 'j1',
  bucketStart: '2026-11-23T00:00:00.000Z',
  model: '',
  app: '',
  accountHash: 'a1',
  promptTokens: 10,
  completionTokens: 5,
  chars: 100,
  categories: { topic: 'programming' },
  pii: { EMAIL: 1 },
  ...over,
});

describe('MemoryAggregateStore', () => {
  it('counts a job once, however often it is applied', async () => {
    const store = new MemoryAggregateStore();
    expect(await store.apply(record())).toBe(true);
    expect(await store.apply(record())).toBe(false);
    const snap = await store.snapshot();
    expect(snap.cells).toHaveLength(1);
    expect(snap.cells[0]).toMatchObject({ sampledEvents: 1, promptTokens: 10, completionTokens: 5, chars: 100, distinctAccountsEst: 1 });
    expect(snap.pii).toEqual([{ bucketStart: '2026-11-23T00:00:00.000Z', type: 'EMAIL', count: 1 }]);
  });

  it('sums events and tokens and counts distinct accounts per cell', async () => {
    const store = new MemoryAggregateStore();
    await store.apply(record({ jobId: 'a', accountHash: 'x' }));
    await store.apply(record({ jobId: 'b', accountHash: 'x' }));
    await store.apply(record({ jobId: 'c', accountHash: 'y' }));
    await store.apply(record({ jobId: 'd', categories: { topic: 'unclassified' }, unclassifiedReason: 'timeout' }));
    const snap = await store.snapshot();
    const programming = snap.cells.find((c) => c.category === 'programming')!;
    expect(programming).toMatchObject({ sampledEvents: 3, promptTokens: 30, distinctAccountsEst: 2 });
    expect(snap.unclassifiedReasons).toEqual([{ bucketStart: '2026-11-23T00:00:00.000Z', reason: 'timeout', count: 1 }]);
  });

  it('filters snapshots by bucket range', async () => {
    const store = new MemoryAggregateStore();
    await store.apply(record({ jobId: 'a', bucketStart: '2026-11-16T00:00:00.000Z' }));
    await store.apply(record({ jobId: 'b', bucketStart: '2026-11-23T00:00:00.000Z' }));
    const snap = await store.snapshot({ from: '2026-11-20T00:00:00.000Z' });
    expect(snap.cells.map((c) => c.bucketStart)).toEqual(['2026-11-23T00:00:00.000Z']);
  });
});
