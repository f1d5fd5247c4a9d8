// A classifier backend failed. `kind` decides retry (rate_limited, timeout, unavailable) versus
// giving up (bad_reply, too_short, rejected, auth_failed, aborted); it becomes the `unclassified` reason code.
// Messages name the backend and the HTTP status or cause, never the text or the provider's message.

export type BackendErrorKind =
  | 'rate_limited'
  | 'timeout'
  | 'unavailable'
  | 'bad_reply'
  | 'too_short'
  | 'rejected'
  /** 401/403: the credential is wrong or lacks permission; retrying the same call cannot help. */
  | 'auth_failed'
  /** The caller's signal aborted the call (shutdown); not retried. */
  | 'aborted'
  /** The circuit breaker is open: the backend was not called. */
  | 'backend_unavailable';

/**
 * Kinds that say the backend (not the event) is at fault: they trip the circuit breaker, and with
 * CLASSIFY_ON_OUTAGE=requeue a queue worker leaves such jobs queued instead of counting them.
 */
export const OUTAGE_KINDS: ReadonlySet<BackendErrorKind> = new Set<BackendErrorKind>([
  'rate_limited',
  'timeout',
  'unavailable',
  'auth_failed',
  'aborted',
  'backend_unavailable',
]);

export class BackendError extends Error {
  readonly code = 'backend_error' as const;
  readonly kind: BackendErrorKind;
  /** Server-requested delay before the next attempt (Retry-After), when given. */
  readonly retryAfterMs: number | undefined;
  /** HTTP status, when the failure was an HTTP response. */
  readonly status: number | undefined;

  constructor(kind: BackendErrorKind, message: string, opts: { retryAfterMs?: number; status?: number } = {}) {
    super(message);
    this.name = 'BackendError';
    this.kind = kind;
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'timeout' || this.kind === 'unavailable';
  }

  /** The backend, not the event, is at fault (see OUTAGE_KINDS). */
  get outage(): boolean {
    return OUTAGE_KINDS.has(this.kind);
  }
}
