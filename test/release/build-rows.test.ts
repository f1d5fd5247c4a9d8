import { describe, expect, it } from 'vitest';
import { aggregateRowSchema } from '../../schemas/aggregate-row.js';
import type { AggregateCell } from '../../src/aggregate/record.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { buildRows } from '../../src/release/build-rows.js';

const taxonomy = loadTaxonomy();
const cell = (category: string, sampledEvents: number, over: Partial<AggregateCell> = {}): AggregateCell => ({
  bucketStart: '2026-11-23T00:00:00.000Z',
  dimension: 'topic',
  category,
  model: '',
  app: '',
  sampledEvents,
  promptTokens: sampledEvents * 100,
  completionTokens: sampledEvents * 50,
  chars: 0,
  distinctAccountsEst: sampledEvents,
  ...over,
});
const options = { sampleRate: 0.25, bucket: 'week' as const, minAccounts: 1, minEvents: 1, taxonomy };

describe('buildRows', () => {
  it('leaves other and unclassified out of the share denominator and estimates totals', () => {
    const rows = buildRows({ cells: [cell('programming', 30), cell('roleplay', 10), cell('other', 50), cell('unclassified', 5)], pii: [], unclassifiedReasons: [] }, options);
    const by = Object.fromEntries(rows.map((r) => [r.category, r]));
    expect(by.programming!.requestShare).toBeCloseTo(0.75);
    expect(by.roleplay!.requestShare).toBeCloseTo(0.25);
    expect(by.programming!.tokenShare).toBeCloseTo(0.75);
    expect(by.other!.requestShare).toBeNull();
    expect(by.unclassified!.requestShare).toBeNull();
    expect(by.programming!.estimatedEvents).toBe(120);
    expect(by.programming!.shareCi95![0]).toBeLessThan(0.75);
    expect(by.programming!.shareCi95![1]).toBeGreaterThan(0.75);
    for (const row of rows) expect(aggregateRowSchema.safeParse(row).success).toBe(true);
  });

  it('folds cells below the thresholds into one suppressed row per bucket', () => {
    const rows = buildRows(
      { cells: [cell('programming', 30), cell('roleplay', 12), cell('legal', 2, { distinctAccountsEst: 2 }), cell('health', 4, { distinctAccountsEst: 3 })], pii: [], unclassifiedReasons: [] },
      { ...options, minAccounts: 3 },
    );
    expect(rows.map((r) => r.category)).toEqual(['programming', 'roleplay', 'suppressed']);
    expect(rows[2]).toMatchObject({ suppressed: true, sampledEvents: 6, requestShare: null, distinctAccountsEst: 3 });
    // Shares are over the released classified cells only, so the fold can't be recovered by differencing.
    expect(rows[0]!.requestShare).toBeCloseTo(30 / 42);
  });

  it('gives every row an interval on the estimated total that holds the point estimate', () => {
    const rows = buildRows({ cells: [cell('programming', 30), cell('roleplay', 10)], pii: [], unclassifiedReasons: [] }, options);
    for (const r of rows) {
      expect(r.estimatedEventsCi95[0]).toBeLessThan(r.estimatedEvents);
      expect(r.estimatedEventsCi95[1]).toBeGreaterThan(r.estimatedEvents);
    }
  });

  it('computes shares within each model slice', () => {
    const rows = buildRows({ cells: [cell('programming', 1, { model: 'a' }), cell('roleplay', 3, { model: 'b' })], pii: [], unclassifiedReasons: [] }, options);
    expect(rows.map((r) => [r.model, r.requestShare])).toEqual([['a', 1], ['b', 1]]);
  });
});
