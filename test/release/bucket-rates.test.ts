// Estimated totals divide by the rate each bucket's counts were sampled at, as the stores record it;
// the report's own SAMPLE_RATE only stands in for buckets counted before rates were recorded.
import { describe, expect, it } from 'vitest';
import type { AggregateSnapshot } from '../../src/aggregate/record.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { bucketRates, rateNotes, recordedRates } from '../../src/release/bucket-rates.js';
import { buildRows } from '../../src/release/build-rows.js';
import { renderHtmlReport } from '../../src/release/html/render-report.js';
import { estimatedTotalInterval } from '../../src/release/intervals.js';
import { releaseNotes } from '../../src/release/release-notes.js';
import { cell as supportCell } from '../support/snapshots.js';

const taxonomy = loadTaxonomy();
const W1 = '2026-11-16T00:00:00.000Z';
const W2 = '2026-11-23T00:00:00.000Z';
const W3 = '2026-11-30T00:00:00.000Z';
const cell = (bucketStart: string, category: string, sampledEvents: number) => supportCell(category, sampledEvents, sampledEvents, { bucketStart });
const options = { sampleRate: 0.0025, bucket: 'week' as const, minAccounts: 1, minEvents: 1, taxonomy };

// W1: counted before rates were recorded; W2: all at 0.01; W3: 100 events at 0.01 and 20 at 0.0025.
const snapshot: AggregateSnapshot = {
  cells: [cell(W1, 'programming', 40), cell(W2, 'programming', 30), cell(W2, 'roleplay', 10), cell(W3, 'programming', 90), cell(W3, 'roleplay', 30)],
  pii: [],
  unclassifiedReasons: [],
  sampleRates: [
    { bucketStart: W2, rate: 0.01, count: 40 },
    { bucketStart: W3, rate: 0.01, count: 100 },
    { bucketStart: W3, rate: 0.0025, count: 20 },
  ],
};

describe('bucket sample rates', () => {
  it('takes a bucket’s recorded rate, the effective rate of a mixed bucket, and SAMPLE_RATE where none was recorded', () => {
    const rates = bucketRates(snapshot, 0.0025);
    expect(rates.get(W1)).toEqual({ rate: 0.0025, source: 'configured' });
    expect(rates.get(W2)).toEqual({ rate: 0.01, source: 'recorded' });
    expect(rates.get(W3)!.source).toBe('mixed');
    // 120 events standing for 100 / 0.01 + 20 / 0.0025 = 18,000: the Horvitz–Thompson total.
    expect(120 / rates.get(W3)!.rate).toBeCloseTo(18_000, 6);
    expect(recordedRates(rates)).toEqual({ [W2]: { rate: 0.01 }, [W3]: { rate: rates.get(W3)!.rate, mixed: true } });
  });

  it('divides each bucket’s estimated totals by its own rate, intervals included', () => {
    const rows = buildRows(snapshot, options);
    const row = (bucketStart: string, category: string) => rows.find((r) => r.bucketStart === bucketStart && r.category === category)!;
    expect(row(W1, 'programming').estimatedEvents).toBe(40 / 0.0025);
    expect(row(W2, 'programming').estimatedEvents).toBe(30 / 0.01);
    expect(row(W2, 'programming').estimatedEventsCi95).toEqual(estimatedTotalInterval(30, 0.01, 0));
    expect(row(W3, 'programming').estimatedEvents + row(W3, 'roleplay').estimatedEvents).toBeCloseTo(18_000, 6);
    // Shares are of sampled events and do not depend on the rate.
    expect(row(W2, 'programming').requestShare).toBeCloseTo(0.75);
  });

  it('gives the same rows as before for a store whose rates all equal SAMPLE_RATE', () => {
    const uniform: AggregateSnapshot = { ...snapshot, sampleRates: snapshot.cells.map((c) => ({ bucketStart: c.bucketStart, rate: 0.0025, count: c.sampledEvents })) };
    const { sampleRates: _, ...unrecorded } = snapshot;
    expect(buildRows(uniform, options)).toEqual(buildRows(unrecorded, options));
    expect(rateNotes(recordedRates(bucketRates(uniform, 0.0025)), 0.0025)).toEqual([]);
  });

  it('says in the notes which buckets used another rate than SAMPLE_RATE, and which mix rates', () => {
    const notes = releaseNotes({ sampleRate: 0.0025, sampleRates: recordedRates(bucketRates(snapshot, 0.0025)), minAccounts: 5, minEvents: 10 });
    expect(notes).toContain("Estimated totals divide by the sample rate recorded with each bucket's counts (0.01 in 1 bucket), not by this process's SAMPLE_RATE (0.0025).");
    expect(notes.find((n) => n.startsWith('1 bucket (from 2026-11-30T00:00:00.000Z) mix sample rates'))).toBeDefined();
  });

  it('shows on the HTML page that buckets counted at another rate used theirs', () => {
    const settings = { sampleRate: 0.0025, sampleRates: recordedRates(bucketRates(snapshot, 0.0025)), bucket: 'week' as const, minAccounts: 1, minEvents: 1, dimensions: [], dp: null };
    const notes = releaseNotes(settings);
    const page = renderHtmlReport({ generatedAt: '2026-12-06T00:00:00.000Z', settings, notes, rows: buildRows(snapshot, options), categoryOrder: ['programming', 'roleplay'] });
    expect(page).toContain('0.0025 (estimated totals = sampled ÷ rate); buckets counted at another rate use theirs (see the notes)');
    expect(page).toContain('recorded with each bucket');
    const plain = renderHtmlReport({ generatedAt: '2026-12-06T00:00:00.000Z', settings: { ...settings, sampleRates: undefined }, notes: [], rows: [], categoryOrder: [] });
    expect(plain).not.toContain('another rate');
  });
});
