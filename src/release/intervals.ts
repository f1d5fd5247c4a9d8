// 95% intervals for released numbers: the estimated total behind a sampled count, and the widening
// DP noise adds. (Request-share intervals are Wilson intervals: wilson.ts.)
import { Z95 } from './wilson.js';

/**
 * Interval for the true event total N behind `sampled` events kept at `rate`: the score interval of
 * sampled ~ Binomial(N, rate) solved for N, i.e. the values of N with (x − N·r)² ≤ z²·N·r·(1 − r).
 * At small rates it is the Poisson score interval divided by r; at rate 1 it collapses to x, as it
 * should (every event was counted). `extraVariance` (in sampled-count units², e.g. DP noise) widens
 * it in quadrature.
 */
export function estimatedTotalInterval(sampled: number, rate: number, extraVariance = 0, z = Z95): [number, number] {
  if (!(rate > 0)) return [0, 0];
  const x = Math.max(0, sampled);
  const q = 1 - rate;
  const centre = x + (z * z * q) / 2;
  const half = z * Math.sqrt(q * (x + (z * z * q) / 4));
  let lo = (centre - half) / rate;
  let hi = (centre + half) / rate;
  if (extraVariance > 0) {
    const extra = (z * Math.sqrt(extraVariance)) / rate;
    lo = lo - extra;
    hi = hi + extra;
  }
  // N can't be below what was observed; with noise, the observation itself is uncertain.
  return [Math.max(extraVariance > 0 ? 0 : x, lo), Math.max(hi, x)];
}

/**
 * Widens a share interval for DP noise: share = x/n with noise of variance v on each of the k cells in
 * the denominator (x among them). Delta method: Var ≈ v·((1 − p)² + (k − 1)·p²) / n², combined in
 * quadrature with the sampling half-widths, and clipped to [0, 1].
 */
export function widenShareInterval(interval: [number, number], share: number, n: number, cellsInDenominator: number, noiseVariance: number, z = Z95): [number, number] {
  if (noiseVariance <= 0 || n <= 0) return interval;
  const p = share;
  const sd = Math.sqrt((noiseVariance * ((1 - p) ** 2 + (cellsInDenominator - 1) * p * p)) / (n * n));
  const lo = p - Math.hypot(p - interval[0], z * sd);
  const hi = p + Math.hypot(interval[1] - p, z * sd);
  return [Math.max(0, lo), Math.min(1, hi)];
}
