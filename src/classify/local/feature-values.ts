// Turns raw feature counts into the model's input: sublinear term frequency times inverse document
// frequency (learnt from the training rows, stored with the model as uint8 codes), L2-normalised per
// feature group and scaled by the group's weight.
import { GROUPS, type FeatureCounts, type FeatureSpec } from './feature-spec.js';

/** IDF values are stored as uint8 codes of idf × IDF_SCALE. */
export const IDF_SCALE = 16;

/** 1 + ln(count) for the small counts almost every feature has, so the hot path skips Math.log. */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));

/** Multiplier per stored IDF code: (code / IDF_SCALE)^power. */
export function idfFactors(power: number): Float64Array {
  return Float64Array.from({ length: 256 }, (_, code) => (power === 0 ? 1 : (code / IDF_SCALE) ** power));
}

/**
 * Turns counts into the model's input: (1 + ln tf) · idf-factor, L2-normalised per group and scaled by
 * the group's weight, written to `out` from index 0. `idfCodes` undefined means every factor is 1.
 */
export function weighCounts(
  counts: FeatureCounts,
  spec: FeatureSpec,
  idfCodes: Uint8Array | undefined,
  factors: Float64Array,
  out: Float32Array,
): void {
  for (let g = 0; g < GROUPS; g++) {
    const from = g === 0 ? 0 : counts.groupEnds[g - 1]!;
    const to = counts.groupEnds[g]!;
    const weight = g === 0 ? spec.wordWeight : g === 1 ? spec.charWeight : spec.edgeWeight;
    let squares = 0;
    for (let i = from; i < to; i++) {
      const count = counts.counts[i]!;
      const tf = count < SUBLINEAR.length ? SUBLINEAR[count]! : 1 + Math.log(count);
      const value = tf * (idfCodes === undefined ? 1 : factors[idfCodes[counts.indices[i]!]!]!);
      out[i] = value;
      squares += value * value;
    }
    const scale = squares > 0 ? weight / Math.sqrt(squares) : 0;
    for (let i = from; i < to; i++) out[i] = out[i]! * scale;
  }
}
