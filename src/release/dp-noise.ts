// Differential privacy for released counts (docs/release.md, "Differential privacy"). The unit of
// privacy is one account in one bucket: the store caps each account at C = ACCOUNT_SAMPLE_CAP sampled
// events per bucket, and ingest caps each event's prompt and completion tokens at T =
// MAX_TOKENS_PER_EVENT. Per bucket and taxonomy dimension, one account can then change
//   sampledEvents (summed over all cells) by ≤ C,  distinct accounts by ≤ C (it touches ≤ C cells),
//   promptTokens and completionTokens by ≤ C·T each,
// so discrete Laplace noise with scale Δ/ε_q on each, ε_q = ε / (number of queries), gives ε-DP per
// bucket by basic composition. Cells are enumerated over the public domain (every taxonomy category
// plus `unclassified`), so a category's presence is not revealed by its row existing. With model/app
// dimensions the slice values are data, not public: a slice is released only when its noised total
// clears τ = C + ⌈b·ln(C/δ)⌉, which makes a slice held up by one account appear with probability ≤ δ.
import type { AggregateCell } from '../aggregate/record.js';
import { UNCLASSIFIED } from '../aggregate/record.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { discreteLaplaceVariance, sampleDiscreteLaplace } from './discrete-laplace.js';
import type { RandomSource } from './random.js';

export const DP_MECHANISM = 'discrete-laplace/v1';

export interface DpSettings {
  epsilon: number;
  /** Only spent on slice selection (model/app dimensions); 0 when none. */
  delta: number;
  accountCap: number;
  maxTokensPerEvent: number;
  /** True when model/app dimensions are on, so slice values need selecting. */
  slices: boolean;
}

export interface DpPlan extends DpSettings {
  mechanism: typeof DP_MECHANISM;
  queries: number;
  epsilonPerQuery: number;
  countScale: number;
  tokenScale: number;
  sliceThreshold: number | null;
}

export function planDp(settings: DpSettings, taxonomy: Taxonomy): DpPlan {
  const dimensions = Object.keys(taxonomy.dimensions).length;
  if (settings.slices && !(settings.delta > 0)) {
    throw new RangeError('DP_DELTA must be > 0 with model/app dimensions: releasing which slice values occur spends δ');
  }
  // Four noised counts per cell and dimension, plus the slice selection when slices are on.
  const queries = 4 * dimensions + (settings.slices ? 1 : 0);
  const epsilonPerQuery = settings.epsilon / queries;
  const countScale = settings.accountCap / epsilonPerQuery;
  const tokenScale = (settings.accountCap * settings.maxTokensPerEvent) / epsilonPerQuery;
  const sliceThreshold = settings.slices
    ? settings.accountCap + Math.ceil(countScale * Math.log(settings.accountCap / settings.delta))
    : null;
  return { ...settings, delta: settings.slices ? settings.delta : 0, mechanism: DP_MECHANISM, queries, epsilonPerQuery, countScale, tokenScale, sliceThreshold };
}

/** Variance of the noise on one released event count, for widening intervals. */
export const countNoiseVariance = (plan: DpPlan): number => discreteLaplaceVariance(plan.countScale);

const sliceKey = (c: Pick<AggregateCell, 'bucketStart' | 'model' | 'app'>) => [c.bucketStart, c.model, c.app].join('\u0000');

/**
 * Noised cells over the full domain of every bucket present. Noised values are clamped at 0 and made
 * consistent (no tokens or accounts without events): post-processing, which costs no privacy.
 */
export function noiseCells(cells: readonly AggregateCell[], plan: DpPlan, taxonomy: Taxonomy, random: RandomSource): AggregateCell[] {
  const slices = new Map<string, { bucketStart: string; model: string; app: string; events: number }>();
  const byCell = new Map<string, AggregateCell>();
  const firstDimension = Object.keys(taxonomy.dimensions)[0]!;
  for (const c of cells) {
    const key = sliceKey(c);
    const slice = slices.get(key) ?? { bucketStart: c.bucketStart, model: c.model, app: c.app, events: 0 };
    if (c.dimension === firstDimension) slice.events += c.sampledEvents;
    slices.set(key, slice);
    byCell.set([key, c.dimension, c.category].join('\u0000'), c);
  }
  const noise = (scale: number) => sampleDiscreteLaplace(scale, random);
  const out: AggregateCell[] = [];
  for (const [key, slice] of slices) {
    if (plan.sliceThreshold !== null && slice.events + noise(plan.countScale) < plan.sliceThreshold) continue;
    for (const [dimension, dim] of Object.entries(taxonomy.dimensions)) {
      for (const category of [...dim.categories.map((c) => c.id), UNCLASSIFIED]) {
        const real = byCell.get([key, dimension, category].join('\u0000'));
        const sampledEvents = Math.max(0, (real?.sampledEvents ?? 0) + noise(plan.countScale));
        const accounts = Math.max(0, (real?.distinctAccountsEst ?? 0) + noise(plan.countScale));
        const promptTokens = Math.max(0, (real?.promptTokens ?? 0) + noise(plan.tokenScale));
        const completionTokens = Math.max(0, (real?.completionTokens ?? 0) + noise(plan.tokenScale));
        const empty = sampledEvents === 0;
        out.push({
          bucketStart: slice.bucketStart,
          dimension,
          category,
          model: slice.model,
          app: slice.app,
          sampledEvents,
          promptTokens: empty ? 0 : promptTokens,
          completionTokens: empty ? 0 : completionTokens,
          chars: 0,
          distinctAccountsEst: Math.min(accounts, sampledEvents),
        });
      }
    }
  }
  return out;
}
