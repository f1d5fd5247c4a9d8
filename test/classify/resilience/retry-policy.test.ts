import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs, retryDelayMs } from '../../../src/classify/resilience/retry-policy.js';
import { BackendError } from '../../../src/errors/index.js';

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const unavailable = new BackendError('unavailable', 'test: HTTP 503');

describe('retryDelayMs', () => {
  it('draws from a window that doubles per attempt (full jitter) and is capped', () => {
    const nearlyOne = () => 0.999999;
    expect(retryDelayMs(unavailable, 1, policy, nearlyOne)).toBe(99);
    expect(retryDelayMs(unavailable, 2, policy, nearlyOne)).toBe(199);
    expect(retryDelayMs(unavailable, 3, policy, nearlyOne)).toBe(399);
    expect(retryDelayMs(unavailable, 3, { ...policy, maxDelayMs: 250 }, nearlyOne)).toBe(249);
    expect(retryDelayMs(unavailable, 1, policy, () => 0)).toBe(0);
  });

  it('stops after maxAttempts and never retries kinds that cannot succeed on a retry', () => {
    expect(retryDelayMs(unavailable, 4, policy, () => 0.5)).toBeUndefined();
    for (const kind of ['bad_reply', 'too_short', 'rejected', 'auth_failed', 'aborted', 'backend_unavailable'] as const) {
      expect(retryDelayMs(new BackendError(kind, 'x'), 1, policy, () => 0.5)).toBeUndefined();
    }
    for (const kind of ['rate_limited', 'timeout', 'unavailable'] as const) {
      expect(retryDelayMs(new BackendError(kind, 'x'), 1, policy, () => 0.5)).toBeTypeOf('number');
    }
  });

  it('waits at least what Retry-After asks, and gives up rather than wait past maxDelayMs', () => {
    const asked = new BackendError('rate_limited', 'x', { retryAfterMs: 700 });
    expect(retryDelayMs(asked, 1, policy, () => 0)).toBe(700);
    expect(retryDelayMs(asked, 1, policy, () => 0.5)).toBe(750); // + jitter within attempt 1's window
    expect(retryDelayMs(new BackendError('rate_limited', 'x', { retryAfterMs: 5000 }), 1, policy, () => 0)).toBeUndefined();
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds, HTTP-dates and retry-after-ms', () => {
    expect(parseRetryAfterMs({ retryAfter: '3' }, now)).toBe(3000);
    expect(parseRetryAfterMs({ retryAfter: 'Thu, 01 Jan 2026 00:00:10 GMT' }, now)).toBe(10_000);
    expect(parseRetryAfterMs({ retryAfter: 'Wed, 31 Dec 2025 23:00:00 GMT' }, now)).toBe(0);
    expect(parseRetryAfterMs({ retryAfter: '3', retryAfterMs: '250.5' }, now)).toBe(251);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfterMs({}, now)).toBeUndefined();
    expect(parseRetryAfterMs({ retryAfter: 'soon' }, now)).toBeUndefined();
    expect(parseRetryAfterMs({ retryAfter: '-1' }, now)).toBeUndefined();
  });
});
