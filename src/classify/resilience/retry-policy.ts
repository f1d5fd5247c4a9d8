// When to try a failed classifier call again, and how long to wait: exponential backoff with full
// jitter, a server's Retry-After taking precedence, a bounded number of attempts.
import type { BackendError } from '../../errors/index.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. @defaultValue 4 (CLASSIFY_MAX_ATTEMPTS) */
  maxAttempts: number;
  /** Backoff cap for attempt 1's wait; doubles per attempt. @defaultValue 500 (CLASSIFY_RETRY_BASE_MS) */
  baseDelayMs: number;
  /**
   * Longest wait between attempts. A Retry-After asking for more ends the retries: waiting less than
   * the server asked would only earn another 429. @defaultValue 30000 (CLASSIFY_RETRY_MAX_MS)
   */
  maxDelayMs: number;
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, or undefined when the call should not be retried
 * (kind not retryable, attempts used up, or Retry-After longer than `maxDelayMs`).
 */
export function retryDelayMs(error: BackendError, attempt: number, policy: RetryPolicy, random: () => number): number | undefined {
  if (!error.retryable || attempt >= policy.maxAttempts) return undefined;
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  if (error.retryAfterMs !== undefined) {
    if (error.retryAfterMs > policy.maxDelayMs) return undefined;
    // At least what the server asked; a little jitter on top so a fleet told "1 s" does not return in step.
    return Math.min(policy.maxDelayMs, error.retryAfterMs + Math.floor(random() * Math.min(cap, 1000)));
  }
  // Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): spreads a fleet's retries.
  return Math.floor(random() * cap);
}

/**
 * Parse Retry-After (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) and OpenAI's `retry-after-ms`.
 * Returns milliseconds from `nowMs`, or undefined when absent or unreadable.
 */
export function parseRetryAfterMs(headers: { retryAfter?: string | null; retryAfterMs?: string | null }, nowMs: number): number | undefined {
  const ms = headers.retryAfterMs?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.ceil(Number(ms));
  const value = headers.retryAfter?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // V8's Date.parse accepts bare numbers such as "-1" as years: an HTTP-date always has a month name.
  const date = /[A-Za-z]{3}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
