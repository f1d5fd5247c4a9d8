// The release-relevant configuration an export runs under: what the audit log's configDigest covers
// and what the HTML report shows. Built field by field from the config, which holds secrets that must
// never reach an output.
import type { Taxonomy } from '../../schemas/taxonomy.js';
import type { BucketUnit } from '../aggregate/bucket.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors/index.js';
import { digestOf } from './canonical-json.js';
import { planDp, type DpPlan } from './dp-noise.js';
import type { ReleaseOptions } from './build-rows.js';
import type { RecordedRates } from './bucket-rates.js';

export interface ReleaseSettings {
  sampleRate: number;
  /** Buckets whose estimated totals divide by the rate recorded with their counts instead (bucket-rates.ts); absent when none recorded one. */
  sampleRates?: RecordedRates;
  bucket: BucketUnit;
  minAccounts: number;
  minEvents: number;
  dimensions: string[];
  taxonomyDigest: string;
  dp: DpPlan | null;
}

export const taxonomyDigest = (taxonomy: Taxonomy): string => digestOf(taxonomy);

/**
 * `counts` are the sample rate and bucket the counts were made with (from the store), and the
 * per-account cap when the store records one: DP noise calibrated to a smaller cap than the one the
 * counts were made with would promise more privacy than it gives.
 */
export function releaseSettings(
  config: Config,
  counts: { sampleRate: number; sampleRates?: RecordedRates | undefined; bucket: BucketUnit; accountSampleCap?: number | undefined },
  taxonomy: Taxonomy,
): ReleaseSettings {
  let dp: DpPlan | null = null;
  if (config.dpEpsilon !== undefined) {
    if (config.accountSampleCap === undefined) throw new ConfigError('DP_EPSILON', 'needs ACCOUNT_SAMPLE_CAP');
    if (counts.accountSampleCap !== undefined && counts.accountSampleCap !== config.accountSampleCap) {
      throw new ConfigError('ACCOUNT_SAMPLE_CAP', 'differs from the cap the store counted with; DP noise must be calibrated to the cap actually enforced');
    }
    try {
      dp = planDp(
        { epsilon: config.dpEpsilon, delta: config.dpDelta ?? 0, accountCap: config.accountSampleCap, maxTokensPerEvent: config.maxTokensPerEvent, slices: config.dimensions.length > 0 },
        taxonomy,
      );
    } catch (err) {
      throw new ConfigError('DP_DELTA', (err as Error).message);
    }
  }
  return {
    sampleRate: counts.sampleRate,
    ...(counts.sampleRates && Object.keys(counts.sampleRates).length > 0 ? { sampleRates: counts.sampleRates } : {}),
    bucket: counts.bucket,
    minAccounts: config.minAccounts,
    minEvents: config.minEvents,
    dimensions: [...config.dimensions],
    taxonomyDigest: taxonomyDigest(taxonomy),
    dp,
  };
}

export const configDigest = (settings: ReleaseSettings): string => digestOf(settings);

export function releaseOptions(settings: ReleaseSettings, taxonomy: Taxonomy): ReleaseOptions {
  return { ...settings, taxonomy, dp: settings.dp ?? undefined };
}
