// The release-relevant configuration an export runs under: what the audit log's configDigest covers
// and what the HTML report shows. Built field by field from the config, which holds secrets that must
// never reach an output.
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { BucketUnit } from '../aggregate/bucket.js';
import type { AggregateSnapshot } from '../aggregate/record.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors/index.js';
import { digestOf } from './canonical-json.js';
import { planDp, type DpPlan } from './dp-noise.js';
import type { ReleaseOptions } from './build-rows.js';
import type { RecordedRates } from './bucket-rates.js';
import { mixedUnitsMessage } from './bucket-units.js';

export interface ReleaseSettings {
  sampleRate: number;
  /** Buckets whose estimated totals divide by the rate recorded with their counts instead (bucket-rates.ts); absent when none recorded one. */
  sampleRates?: RecordedRates;
  /** Counted categories outside the taxonomy, released without shares; absent when there are none. */
  outsideTaxonomy?: string[];
  /** Buckets counted under more than one SAMPLER_KEY → how many (sampler-keys.ts); absent when none. */
  mixedSamplerKeys?: Record<string, number>;
  bucket: BucketUnit;
  /** Buckets counted by another unit than `bucket` → that unit, which labels their rows (bucket-units.ts); absent when none. */
  bucketUnits?: Record<string, BucketUnit>;
  minAccounts: number;
  minEvents: number;
  dimensions: string[];
  taxonomyDigest: string;
  dp: DpPlan | null;
}

export const taxonomyDigest = (taxonomy: Taxonomy): string => digestOf(taxonomy);

/** What the store says about how its counts were made. */
export interface CountSettings extends Pick<AggregateSnapshot, 'accountCaps' | 'tokenBounds'> {
  sampleRate: number;
  sampleRates?: RecordedRates | undefined;
  bucket: BucketUnit;
  accountSampleCap?: number | undefined;
  /** The counts hold model/app slices (whatever this process's DIMENSIONS says): DP must then select slices. */
  sliced?: boolean;
  /** "dimension/category" of counted cells the release's taxonomy does not have (taxonomy-check.ts). */
  outsideTaxonomy?: string[];
  /** Buckets counted under more than one SAMPLER_KEY → how many (sampler-keys.ts). */
  mixedSamplerKeys?: Record<string, number>;
  /** Buckets counted by another unit than `bucket`, and buckets counted by several (bucket-units.ts). */
  bucketUnits?: Record<string, BucketUnit>;
  mixedBucketUnits?: Record<string, BucketUnit[]>;
}

/**
 * `counts` are the sample rate and bucket the counts were made with (from the store), and the
 * per-account cap and token bound when the store records them: DP noise calibrated to a smaller cap
 * or bound than the one the counts were made with would promise more privacy than it gives.
 */
export function releaseSettings(config: Config, counts: CountSettings, taxonomy: Taxonomy): ReleaseSettings {
  const mixedUnits = mixedUnitsMessage(counts.mixedBucketUnits ?? {});
  if (mixedUnits) throw new ConfigError('BUCKET', mixedUnits);
  let dp: DpPlan | null = null;
  if (config.dpEpsilon !== undefined) {
    if (config.accountSampleCap === undefined) throw new ConfigError('DP_EPSILON', 'needs ACCOUNT_SAMPLE_CAP');
    if (counts.accountSampleCap !== undefined && counts.accountSampleCap !== config.accountSampleCap) {
      throw new ConfigError('ACCOUNT_SAMPLE_CAP', 'differs from the cap the store counted with; DP noise must be calibrated to the cap actually enforced');
    }
    refuseCountsBeyondDp(counts, config.accountSampleCap, config.maxTokensPerEvent);
    try {
      dp = planDp(
        {
          epsilon: config.dpEpsilon,
          delta: config.dpDelta ?? 0,
          accountCap: config.accountSampleCap,
          maxTokensPerEvent: config.maxTokensPerEvent,
          // Slice values are data: counts made with DIMENSIONS set need the slice threshold even when
          // the reporting process has none, or a model only one account used would be released.
          slices: config.dimensions.length > 0 || counts.sliced === true,
        },
        taxonomy,
      );
    } catch (err) {
      throw new ConfigError('DP_DELTA', (err as Error).message);
    }
  }
  return {
    sampleRate: counts.sampleRate,
    ...(counts.sampleRates && Object.keys(counts.sampleRates).length > 0 ? { sampleRates: counts.sampleRates } : {}),
    ...(counts.outsideTaxonomy && counts.outsideTaxonomy.length > 0 ? { outsideTaxonomy: counts.outsideTaxonomy } : {}),
    ...(counts.mixedSamplerKeys && Object.keys(counts.mixedSamplerKeys).length > 0 ? { mixedSamplerKeys: counts.mixedSamplerKeys } : {}),
    bucket: counts.bucket,
    ...(counts.bucketUnits && Object.keys(counts.bucketUnits).length > 0 ? { bucketUnits: counts.bucketUnits } : {}),
    minAccounts: config.minAccounts,
    minEvents: config.minEvents,
    dimensions: [...config.dimensions],
    taxonomyDigest: taxonomyDigest(taxonomy),
    dp,
  };
}

/**
 * Counts DP noise calibrated to this release cannot cover, refused with the setting named: categories
 * outside its taxonomy (noise is drawn over the taxonomy's, their counts would be dropped), caps and
 * token bounds recorded larger than its own (workers count under their own ACCOUNT_SAMPLE_CAP,
 * sidecars clip tokens to theirs), and buckets counted under several sampler keys.
 */
function refuseCountsBeyondDp(counts: CountSettings, accountCap: number, maxTokens: number): void {
  if (counts.outsideTaxonomy && counts.outsideTaxonomy.length > 0) {
    throw new ConfigError(
      'TAXONOMY_FILE',
      `the counts hold categories this taxonomy does not have (${counts.outsideTaxonomy.join(', ')}); DP noise is drawn over the taxonomy's categories and would drop their counts: release with the taxonomy they were classified with, or a --since/--until range without them`,
    );
  }
  const cap = counts.accountCaps?.find((c) => c.count > 0 && (c.cap === 0 || c.cap > accountCap));
  if (cap) {
    const how = cap.cap === 0 ? 'without a per-account cap' : `under a cap of ${cap.cap}`;
    throw new ConfigError('ACCOUNT_SAMPLE_CAP', `is ${accountCap}, but the store counted ${cap.count} events of the bucket of ${cap.bucketStart} ${how}; DP noise must be calibrated to the cap actually enforced`);
  }
  const bound = counts.tokenBounds?.find((t) => t.count > 0 && t.maxTokens > maxTokens);
  if (bound) {
    throw new ConfigError(
      'MAX_TOKENS_PER_EVENT',
      `is ${maxTokens}, but ${bound.count} events of the bucket of ${bound.bucketStart} had their tokens clipped to ${bound.maxTokens} only; DP noise must be calibrated to the bound actually enforced`,
    );
  }
  const mixedKeys = Object.entries(counts.mixedSamplerKeys ?? {});
  if (mixedKeys.length > 0) {
    const [bucketStart, k] = mixedKeys[0]!;
    throw new ConfigError(
      'SAMPLER_KEY',
      `the bucket of ${bucketStart} was counted under ${k} sampler keys: one account can count under each, ${k} times what DP is calibrated to; release such buckets without DP, or leave them out with --since/--until`,
    );
  }
}

export const configDigest = (settings: ReleaseSettings): string => digestOf(settings);

export function releaseOptions(settings: ReleaseSettings, taxonomy: Taxonomy): ReleaseOptions {
  return { ...settings, taxonomy, dp: settings.dp ?? undefined };
}
