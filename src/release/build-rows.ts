// Turns a store snapshot into released rows (DESIGN §9): estimated totals, request and token shares
// with `other` and `unclassified` outside the denominator, Wilson intervals, and cells below the
// release thresholds folded into one `suppressed` row per bucket and slice.
import type { AggregateRow } from '../../schemas/aggregate-row.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { BucketUnit } from '../aggregate/bucket.js';
import { UNCLASSIFIED, type AggregateCell, type AggregateSnapshot } from '../aggregate/record.js';
import { wilsonInterval } from './wilson.js';

export const SUPPRESSED = 'suppressed';

export interface ReleaseOptions {
  sampleRate: number;
  bucket: BucketUnit;
  minAccounts: number;
  minEvents: number;
  taxonomy: Taxonomy;
}

/** Categories that count in share denominators: every taxonomy category but the fallback. */
function sharedCategories(taxonomy: Taxonomy, dimension: string): Set<string> {
  const dim = taxonomy.dimensions[dimension];
  if (!dim) return new Set();
  return new Set(dim.categories.map((c) => c.id).filter((id) => id !== dim.fallback));
}

const tokens = (c: Pick<AggregateCell, 'promptTokens' | 'completionTokens'>) => c.promptTokens + c.completionTokens;

export function buildRows(snapshot: AggregateSnapshot, options: ReleaseOptions): AggregateRow[] {
  const groups = new Map<string, AggregateCell[]>();
  for (const cell of snapshot.cells) {
    const key = [cell.bucketStart, cell.dimension, cell.model, cell.app].join('\u0000');
    const list = groups.get(key) ?? [];
    list.push(cell);
    groups.set(key, list);
  }

  const rows: AggregateRow[] = [];
  const estimate = (n: number) => (options.sampleRate > 0 ? n / options.sampleRate : 0);
  for (const cells of groups.values()) {
    const first = cells[0]!;
    const shared = sharedCategories(options.taxonomy, first.dimension);
    const inDenominator = cells.filter((c) => shared.has(c.category));
    const n = inDenominator.reduce((s, c) => s + c.sampledEvents, 0);
    const tokenTotal = inDenominator.reduce((s, c) => s + tokens(c), 0);
    const slice = { ...(first.model ? { model: first.model } : {}), ...(first.app ? { app: first.app } : {}) };

    const released: AggregateRow[] = [];
    const folded: AggregateCell[] = [];
    for (const cell of cells) {
      const passes = cell.distinctAccountsEst >= options.minAccounts && cell.sampledEvents >= options.minEvents;
      // Unclassified is a status, not a category: it is always reported so denominators stay honest.
      if (!passes && cell.category !== UNCLASSIFIED) {
        folded.push(cell);
        continue;
      }
      const counted = shared.has(cell.category);
      released.push({
        bucketStart: cell.bucketStart,
        bucket: options.bucket,
        dimension: cell.dimension,
        category: cell.category,
        ...slice,
        sampledEvents: cell.sampledEvents,
        estimatedEvents: estimate(cell.sampledEvents),
        promptTokens: cell.promptTokens,
        completionTokens: cell.completionTokens,
        requestShare: counted && n > 0 ? cell.sampledEvents / n : null,
        tokenShare: counted && tokenTotal > 0 ? tokens(cell) / tokenTotal : null,
        shareCi95: counted && n > 0 ? wilsonInterval(cell.sampledEvents, n) : null,
        distinctAccountsEst: cell.distinctAccountsEst,
        suppressed: false,
      });
    }
    released.sort((a, b) => b.sampledEvents - a.sampledEvents || a.category.localeCompare(b.category));
    rows.push(...released);
    if (folded.length > 0) {
      const sampledEvents = folded.reduce((s, c) => s + c.sampledEvents, 0);
      rows.push({
        bucketStart: first.bucketStart,
        bucket: options.bucket,
        dimension: first.dimension,
        category: SUPPRESSED,
        ...slice,
        sampledEvents,
        estimatedEvents: estimate(sampledEvents),
        promptTokens: folded.reduce((s, c) => s + c.promptTokens, 0),
        completionTokens: folded.reduce((s, c) => s + c.completionTokens, 0),
        requestShare: null,
        tokenShare: null,
        shareCi95: null,
        // Summing per-cell distinct counts would overstate; the fold reports the largest cell's count as a floor.
        distinctAccountsEst: Math.max(...folded.map((c) => c.distinctAccountsEst)),
        suppressed: true,
      });
    }
  }
  rows.sort((a, b) => a.bucketStart.localeCompare(b.bucketStart) || a.dimension.localeCompare(b.dimension) || (a.model ?? '').localeCompare(b.model ?? '') || (a.app ?? '').localeCompare(b.app ?? ''));
  return rows;
}
