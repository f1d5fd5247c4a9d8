import { describe, expect, it } from 'vitest';
import { bucketStartIso, eventTimeMs } from '../../src/aggregate/bucket.js';

describe('buckets', () => {
  const t = Date.parse('2026-11-25T14:37:12.345Z'); // a Wednesday

  it('floors to the UTC hour, day and Monday-started week', () => {
    expect(bucketStartIso(t, 'hour')).toBe('2026-11-25T14:00:00.000Z');
    expect(bucketStartIso(t, 'day')).toBe('2026-11-25T00:00:00.000Z');
    expect(bucketStartIso(t, 'week')).toBe('2026-11-23T00:00:00.000Z');
  });

  it('puts Sunday in the week that began the Monday before, and Monday in its own', () => {
    expect(bucketStartIso(Date.parse('2026-11-29T23:59:59Z'), 'week')).toBe('2026-11-23T00:00:00.000Z');
    expect(bucketStartIso(Date.parse('2026-11-30T00:00:00Z'), 'week')).toBe('2026-11-30T00:00:00.000Z');
  });

  it('reads RFC 3339 with offsets and epoch ms', () => {
    expect(eventTimeMs('2026-11-25T01:00:00+02:00')).toBe(Date.parse('2026-11-24T23:00:00Z'));
    expect(eventTimeMs(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(eventTimeMs(undefined, () => 42)).toBe(42);
  });
});
