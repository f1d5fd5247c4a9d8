// Turns a store snapshot into released rows (DESIGN §9): optional DP noise on every count
// (dp-noise.ts), the release thresholds with complementary suppression (suppression.ts), estimated
// totals with intervals, and request and token shares over the released classified cells.
import type { AggregateRow } from '../../schemas/aggregate-row.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { BucketUnit } from '../aggregate/bucket.js';
import type { AggregateCell, AggregateSnapshot } from '../aggregate/record.js';
import { bucketRates } from './bucket-rates.js';
import { bucketUnitOf, recordedUnits } from './bucket-units.js';
import { mixedKeyBuckets, withKeyFloor } from './sampler-keys.js';
import { countNoiseVariance, noiseCells, type DpPlan } from './dp-noise.js';
import { estimatedTotalInterval, widenShareInterval } from './intervals.js';
import { cryptoRandom, type RandomSource } from './random.js';
import { compareIds, decideGroup } from './suppression.js';
import { wilsonInterval } from './wilson.js';

export const SUPPRESSED = 'suppressed';

export interface ReleaseOptions {
  /** SAMPLE_RATE: estimated totals divide by it in buckets whose counts recorded no rate of their own (bucket-rates.ts). */
  sampleRate: number;
  bucket: BucketUnit;
  minAccounts: number;
  minEvents: number;
  taxonomy: Taxonomy;
  /** Differential privacy; absent: exact counts. */
  dp?: DpPlan | undefined;
  /** Noise source; defaults to the OS CSPRNG. Tests pass a seeded one. */
  random?: RandomSource;
}

export interface ReleaseResult {
  rows: AggregateRow[];
  /** Bucket/dimension/slice groups with no row at all: even their total failed the thresholds. */
  withheldGroups: number;
  /** Cells folded into `suppressed` rows. */
  foldedCells: number;
  /** Every bucket the snapshot held (with or without released rows): what an export replaces. */
  bucketStarts: string[];
}

/**
 * Categories whose rows carry shares: every taxonomy category but the dimension's fallback (`other`);
 * `unclassified` is a status, not a category. Cells of other kinds are released (or folded) with
 * null shares.
 */
function sharedCategories(taxonomy: Taxonomy, dimension: string): Set<string> {
  const dim = taxonomy.dimensions[dimension];
  if (!dim) return new Set();
  return new Set(dim.categories.map((c) => c.id).filter((id) => id !== dim.fallback));
}

const tokens = (c: Pick<AggregateCell, 'promptTokens' | 'completionTokens'>) => c.promptTokens + c.completionTokens;
const groupKey = (c: AggregateCell) => [c.bucketStart, c.dimension, c.model, c.app].join('\u0000');

export function releaseRows(snapshot: AggregateSnapshot, options: ReleaseOptions): ReleaseResult {
  const { dp } = options;
  const counted = withKeyFloor(snapshot.cells, mixedKeyBuckets(snapshot));
  const cells = dp ? noiseCells(counted, dp, options.taxonomy, options.random ?? cryptoRandom()) : counted;
  const noiseVariance = dp ? countNoiseVariance(dp) : 0;
  const groups = new Map<string, AggregateCell[]>();
  for (const cell of cells) {
    const list = groups.get(groupKey(cell)) ?? [];
    list.push(cell);
    groups.set(groupKey(cell), list);
  }

  const rates = bucketRates(snapshot, options.sampleRate);
  const units = recordedUnits(snapshot);
  const result: ReleaseResult = { rows: [], withheldGroups: 0, foldedCells: 0, bucketStarts: [...new Set(snapshot.cells.map((c) => c.bucketStart))].sort() };
  const sortedKeys = [...groups.keys()].sort();
  for (const key of sortedKeys) {
    const group = groups.get(key)!;
    const first = group[0]!;
    const rate = rates.get(first.bucketStart)?.rate ?? options.sampleRate;
    const estimate = (n: number) => (rate > 0 ? n / rate : 0);
    const decision = decideGroup(group, options);
    if (decision.withheld) {
      result.withheldGroups++;
      continue;
    }
    const shared = sharedCategories(options.taxonomy, first.dimension);
    const inDenominator = decision.released.filter((c) => shared.has(c.category));
    const n = inDenominator.reduce((s, c) => s + c.sampledEvents, 0);
    const tokenTotal = inDenominator.reduce((s, c) => s + tokens(c), 0);
    const base = {
      bucketStart: first.bucketStart,
      bucket: bucketUnitOf(units, first.bucketStart, options.bucket),
      dimension: first.dimension,
      ...(first.model ? { model: first.model } : {}),
      ...(first.app ? { app: first.app } : {}),
    };

    const released = decision.released.map((cell): AggregateRow => {
      const counted = shared.has(cell.category) && n > 0;
      const share = counted ? cell.sampledEvents / n : null;
      return {
        ...base,
        category: cell.category,
        sampledEvents: cell.sampledEvents,
        estimatedEvents: estimate(cell.sampledEvents),
        estimatedEventsCi95: estimatedTotalInterval(cell.sampledEvents, rate, noiseVariance),
        promptTokens: cell.promptTokens,
        completionTokens: cell.completionTokens,
        requestShare: share,
        tokenShare: counted && tokenTotal > 0 ? tokens(cell) / tokenTotal : null,
        shareCi95: share === null ? null : widenShareInterval(wilsonInterval(cell.sampledEvents, n), share, n, inDenominator.length, noiseVariance),
        distinctAccountsEst: cell.distinctAccountsEst,
        suppressed: false,
      };
    });
    released.sort((a, b) => b.sampledEvents - a.sampledEvents || compareIds(a.category, b.category));
    result.rows.push(...released);

    const folded = decision.folded.filter((c) => c.sampledEvents > 0);
    if (folded.length > 0) {
      result.foldedCells += folded.length;
      const sampledEvents = folded.reduce((s, c) => s + c.sampledEvents, 0);
      result.rows.push({
        ...base,
        category: SUPPRESSED,
        sampledEvents,
        estimatedEvents: estimate(sampledEvents),
        estimatedEventsCi95: estimatedTotalInterval(sampledEvents, rate, noiseVariance * folded.length),
        promptTokens: folded.reduce((s, c) => s + c.promptTokens, 0),
        completionTokens: folded.reduce((s, c) => s + c.completionTokens, 0),
        requestShare: null,
        tokenShare: null,
        shareCi95: null,
        // A floor: per-cell distinct counts can't be unioned, and their sum would overstate.
        distinctAccountsEst: Math.max(...folded.map((c) => c.distinctAccountsEst)),
        suppressed: true,
      });
    }
  }
  return result;
}

/** The released rows alone (run's report and callers that don't need the summary). */
export function buildRows(snapshot: AggregateSnapshot, options: ReleaseOptions): AggregateRow[] {
  return releaseRows(snapshot, options).rows;
}
