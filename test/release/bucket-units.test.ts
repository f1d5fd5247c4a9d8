// Rows are labelled with the BUCKET unit their counts were made in, the notes say where that differs
// from the releasing process's BUCKET, and a bucket start holding counts of two units (BUCKET changed
// on one KEY_PREFIX) is refused, naming BUCKET, because no release can separate them again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AggregateSnapshot } from '../../src/aggregate/record.js';
import { writeSnapshotFile } from '../../src/aggregate/snapshot-store.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadConfig } from '../../src/config.js';
import { buildRows } from '../../src/release/build-rows.js';
import { mixedUnitBuckets, recordedUnits, unitsOtherThan } from '../../src/release/bucket-units.js';
import { releaseNotes } from '../../src/release/release-notes.js';
import { releaseSettings } from '../../src/release/release-settings.js';
import { releaseFromStore } from '../../src/release/release-store.js';
import { renderHtmlReport } from '../../src/release/html/render-report.js';
import { cell as supportCell, tempDir } from '../support/snapshots.js';

const taxonomy = loadTaxonomy();
const DAY = '2026-11-18T00:00:00.000Z'; // a Wednesday, counted by day
const WEEK = '2026-11-23T00:00:00.000Z'; // a Monday, counted by week
const OLD = '2026-11-09T00:00:00.000Z'; // counted before units were recorded
const cell = (bucketStart: string, category: string, sampledEvents: number) => supportCell(category, sampledEvents, 10, { bucketStart });
const cells = [DAY, WEEK, OLD].flatMap((b) => [cell(b, 'programming', 40), cell(b, 'roleplay', 20)]);
const snapshot: AggregateSnapshot = {
  cells,
  pii: [],
  unclassifiedReasons: [],
  bucketUnits: [
    { bucketStart: DAY, bucket: 'day', count: 60 },
    { bucketStart: WEEK, bucket: 'week', count: 60 },
  ],
};
const plain = loadConfig({ SAMPLER_KEY: 'x'.repeat(32) });

describe('the BUCKET unit counts were made in', () => {
  it('labels each bucket’s rows with the unit recorded with its counts, else the release’s BUCKET', () => {
    const rows = buildRows(snapshot, { sampleRate: 0.0025, bucket: 'week', minAccounts: 5, minEvents: 10, taxonomy });
    const units = new Map(rows.map((r) => [r.bucketStart, r.bucket]));
    expect(Object.fromEntries(units)).toEqual({ [DAY]: 'day', [WEEK]: 'week', [OLD]: 'week' });
  });

  it('says in the notes and the settings which buckets were counted by another unit than BUCKET', () => {
    const recorded = recordedUnits(snapshot);
    const settings = releaseSettings(plain, { sampleRate: 0.0025, bucket: 'week', bucketUnits: unitsOtherThan(recorded, 'week'), mixedBucketUnits: mixedUnitBuckets(recorded) }, taxonomy);
    expect(settings.bucketUnits).toEqual({ [DAY]: 'day' });
    expect(releaseNotes(settings)).toContain(
      `Some buckets were counted by another unit than this process's BUCKET (week): 1 by day (from ${DAY}); their rows are labelled with the unit they were counted in.`,
    );
    const same = releaseSettings(plain, { sampleRate: 0.0025, bucket: 'day', bucketUnits: unitsOtherThan(recordedUnits({ bucketUnits: [snapshot.bucketUnits![0]!] }), 'day') }, taxonomy);
    expect(same).not.toHaveProperty('bucketUnits');
    expect(releaseNotes(same).join(' ')).not.toContain('another unit');
  });

  it('labels each bucket of the HTML page in the unit of its own rows', () => {
    const HOUR = '2026-11-19T05:00:00.000Z';
    const hourly: AggregateSnapshot = {
      cells: [DAY, HOUR].flatMap((b) => [cell(b, 'programming', 40), cell(b, 'roleplay', 20)]),
      pii: [],
      unclassifiedReasons: [],
      bucketUnits: [{ bucketStart: DAY, bucket: 'day', count: 60 }, { bucketStart: HOUR, bucket: 'hour', count: 60 }],
    };
    const rows = buildRows(hourly, { sampleRate: 0.0025, bucket: 'day', minAccounts: 5, minEvents: 10, taxonomy });
    const settings = { sampleRate: 0.0025, bucket: 'day' as const, minAccounts: 5, minEvents: 10, dimensions: [], taxonomyDigest: 'x', dp: null };
    const page = renderHtmlReport({ generatedAt: '2026-12-06T00:00:00.000Z', settings, notes: [], rows, categoryOrder: ['programming', 'roleplay'] });
    expect(page).toContain('<th scope="col">2026-11-19 05:00</th>');
    expect(page).toContain('<th scope="col">2026-11-18</th>');
    expect(page).toContain('<title>2026-11-19 05:00 · programming');
  });

  it('refuses a bucket start counted by two units, naming BUCKET and the way out, and releases the rest of the range', async () => {
    // BUCKET went from day to week on a Monday: that day and its week share the keys of WEEK.
    const mixed: AggregateSnapshot = { ...snapshot, bucketUnits: [...snapshot.bucketUnits!, { bucketStart: WEEK, bucket: 'day', count: 9 }] };
    expect(mixedUnitBuckets(recordedUnits(mixed))).toEqual({ [WEEK]: ['day', 'week'] });
    const file = join(tempDir(), 'snap.json');
    writeSnapshotFile(file, mixed, { sampleRate: 0.0025, bucket: 'week' });
    await expect(releaseFromStore(file, plain, taxonomy, {})).rejects.toThrow(
      `BUCKET: changed on this KEY_PREFIX: the bucket of ${WEEK} holds counts made as day and week in the same keys, which no release can separate; leave it out with --since/--until, and give each BUCKET its own KEY_PREFIX`,
    );
    const before = await releaseFromStore(file, plain, taxonomy, { to: WEEK });
    expect(before.bucketStarts).toEqual([OLD, DAY]);
    expect(before.rows.find((r) => r.bucketStart === DAY)?.bucket).toBe('day');
    expect(before.settings.bucketUnits).toEqual({ [DAY]: 'day' });
  });
});
