// Turns an HTTP failure from a classifier provider into a BackendError. Shared by the Google and
// OpenAI backends so both retry, trip the breaker and name unclassified reasons the same way.
import { BackendError, type BackendErrorKind } from '../errors/index.js';
import { parseRetryAfterMs } from './resilience/retry-policy.js';

export function kindForStatus(status: number): BackendErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'unavailable';
  if (status === 401 || status === 403) return 'auth_failed';
  return 'rejected';
}

/** Headers as fetch's `Headers`, node-fetch's, or a plain object: read one value either way. */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') return (get.call(headers, name) as string | null) ?? undefined;
  const value = (headers as Record<string, unknown>)[name] ?? (headers as Record<string, unknown>)[name.toLowerCase()];
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/** A BackendError for an HTTP status; the message holds the backend and status only (bodies may echo input). */
export function httpFailure(backend: string, status: number, headers: unknown, nowMs: number = Date.now()): BackendError {
  const retryAfterMs = parseRetryAfterMs(
    { retryAfter: headerValue(headers, 'retry-after'), retryAfterMs: headerValue(headers, 'retry-after-ms') },
    nowMs,
  );
  return new BackendError(kindForStatus(status), `${backend}: HTTP ${status}`, {
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
