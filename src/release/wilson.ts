// Wilson score interval for a binomial proportion: well-behaved for small counts and shares near
// 0 or 1, where the normal approximation gives negative or >1 bounds.

export const Z95 = 1.959963984540054;

export function wilsonInterval(successes: number, trials: number, z = Z95): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At x = 0 and x = n the exact bounds are 0 and 1; rounding would otherwise leave 1e-17 crumbs.
  return [successes <= 0 ? 0 : Math.max(0, centre - half), successes >= trials ? 1 : Math.min(1, centre + half)];
}
