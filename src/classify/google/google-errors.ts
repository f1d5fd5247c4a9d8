// Maps what the Cloud Natural Language REST client throws to BackendError. In REST mode HTTP failures
// arrive as GaxiosError with the status (and the response headers, for Retry-After); a body that is not
// JSON surfaces as a SyntaxError from the decoder. Provider messages are read for one purpose only
// (spotting "too few tokens") and never copied into our errors.
import { BackendError } from '../../errors/index.js';
import { httpFailure } from '../http-failure.js';

const BACKEND = 'google';

// gRPC status codes that gax's own GoogleError may carry (google.rpc.Code).
const GRPC_KIND: Record<number, BackendError['kind']> = {
  3: 'rejected', // INVALID_ARGUMENT
  4: 'timeout', // DEADLINE_EXCEEDED
  7: 'auth_failed', // PERMISSION_DENIED
  8: 'rate_limited', // RESOURCE_EXHAUSTED
  13: 'unavailable', // INTERNAL
  14: 'unavailable', // UNAVAILABLE
  16: 'auth_failed', // UNAUTHENTICATED
};

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
  response?: { status?: unknown; headers?: unknown };
}

/** Google answers a text with too few words for classification with 400 INVALID_ARGUMENT "too few tokens". */
function saysTooShort(err: ErrorShape): boolean {
  return typeof err.message === 'string' && /too few tokens/i.test(err.message);
}

export function googleFailure(err: unknown, nowMs: number = Date.now()): BackendError {
  if (err instanceof BackendError) return err;
  if (err === null || typeof err !== 'object') return new BackendError('unavailable', `${BACKEND}: unexpected failure`);
  const e = err as ErrorShape;
  const status = typeof e.response?.status === 'number' ? e.response.status : typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined) {
    if (status === 400 && saysTooShort(e)) return new BackendError('too_short', `${BACKEND}: text too short to classify (HTTP 400)`, { status });
    return httpFailure(BACKEND, status, e.response?.headers, nowMs);
  }
  if (e.name === 'SyntaxError' || e.name === 'TypeError') return new BackendError('bad_reply', `${BACKEND}: reply could not be decoded`);
  if (typeof e.code === 'number' && GRPC_KIND[e.code]) {
    if (e.code === 3 && saysTooShort(e)) return new BackendError('too_short', `${BACKEND}: text too short to classify`);
    return new BackendError(GRPC_KIND[e.code]!, `${BACKEND}: gRPC status ${e.code}`);
  }
  // No HTTP response at all: connection refused or reset, DNS, TLS.
  return new BackendError('unavailable', `${BACKEND}: no response (${typeof e.name === 'string' ? e.name : 'error'})`);
}
