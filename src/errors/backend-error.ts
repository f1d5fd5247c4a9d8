// A classifier backend failed. `kind` decides retry (rate_limited, timeout, unavailable) versus
// giving up (bad_reply, too_short, rejected); it becomes the `unclassified` reason code.

export type BackendErrorKind =
  | 'rate_limited'
  | 'timeout'
  | 'unavailable'
  | 'bad_reply'
  | 'too_short'
  | 'rejected'
  | 'backend_unavailable';

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
}
