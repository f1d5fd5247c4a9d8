// Discrete Laplace (two-sided geometric) noise: P(X = k) = (1 − α)/(1 + α) · α^|k| with α = e^(−1/b).
// Added to an integer count with L1 sensitivity Δ and b = Δ/ε it gives ε-differential privacy
// (Ghosh, Roughgarden, Sundararajan 2009), and its outputs are integers, so the floating-point attack
// on the continuous Laplace mechanism (Mironov 2012) has no low-order bits to read.
import type { RandomSource } from './random.js';

/** One draw with scale `b` (> 0): the difference of two i.i.d. geometric variables. */
export function sampleDiscreteLaplace(scale: number, random: RandomSource): number {
  if (!(scale > 0)) throw new RangeError('discrete Laplace scale must be positive');
  return geometric(scale, random) - geometric(scale, random);
}

/** Geometric on {0, 1, …} with P(G = k) = (1 − α)α^k, by inversion: floor(ln U / ln α) = floor(−b ln U). */
function geometric(scale: number, random: RandomSource): number {
  const u = 1 - random(); // (0, 1]: ln(0) would be −∞
  return Math.floor(-scale * Math.log(u));
}

export function discreteLaplacePmf(k: number, scale: number): number {
  const alpha = Math.exp(-1 / scale);
  return ((1 - alpha) / (1 + alpha)) * alpha ** Math.abs(k);
}

/** P(X ≤ k). */
export function discreteLaplaceCdf(k: number, scale: number): number {
  const alpha = Math.exp(-1 / scale);
  const n = Math.floor(k);
  return n >= 0 ? 1 - alpha ** (n + 1) / (1 + alpha) : alpha ** -n / (1 + alpha);
}

/** Var(X) = 2α / (1 − α)². */
export function discreteLaplaceVariance(scale: number): number {
  const alpha = Math.exp(-1 / scale);
  return (2 * alpha) / (1 - alpha) ** 2;
}
