// UTC time buckets (DESIGN §8). Weeks start on Monday, as ISO weeks do.

export const BUCKET_UNITS = ['hour', 'day', 'week'] as const;

export type BucketUnit = (typeof BUCKET_UNITS)[number];

export const isBucketUnit = (s: string): s is BucketUnit => (BUCKET_UNITS as readonly string[]).includes(s);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Start of the bucket holding `epochMs`, as epoch milliseconds. */
export function bucketStartMs(epochMs: number, unit: BucketUnit): number {
  switch (unit) {
    case 'hour':
      return Math.floor(epochMs / HOUR_MS) * HOUR_MS;
    case 'day':
      return Math.floor(epochMs / DAY_MS) * DAY_MS;
    case 'week': {
      const day = Math.floor(epochMs / DAY_MS) * DAY_MS;
      // 1970-01-01 was a Thursday: getUTCDay() is 0 on Sunday, so Monday is (day + 6) % 7 days back.
      const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
      return day - sinceMonday * DAY_MS;
    }
  }
}

export function bucketStartIso(epochMs: number, unit: BucketUnit): string {
  return new Date(bucketStartMs(epochMs, unit)).toISOString();
}

/** Event timestamp (RFC 3339 string or epoch ms) to epoch ms; `now` when absent. */
export function eventTimeMs(timestamp: string | number | undefined, now: () => number = Date.now): number {
  if (timestamp === undefined) return now();
  return typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
}
