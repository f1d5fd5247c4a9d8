// Wraps any backend in the shared resilience layer (DESIGN §7): a per-process concurrency limit,
// a circuit breaker, a deadline per attempt, retries with backoff, and metrics. Every backend, local
// included, goes through it, so they all behave the same under load and failure.
import pLimit from 'p-limit';
import { BackendError } from '../../errors/index.js';
import type { ClassifierMetrics } from '../../metrics/classifier-metrics.js';
import type { Classification, Classifier } from '../classifier.js';
import { countChars } from '../count-chars.js';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.js';
import { systemClock, type Clock } from './clock.js';
import { retryDelayMs, type RetryPolicy } from './retry-policy.js';
import { withTimeout } from './timeout.js';

export interface ResilienceOptions {
  /** Calls in flight at once, per wrapped classifier (one per process in practice). @defaultValue 8 (CLASSIFY_CONCURRENCY) */
  concurrency: number;
  /** Deadline per attempt. @defaultValue 15000 (CLASSIFY_TIMEOUT_MS) */
  timeoutMs: number;
  retry: RetryPolicy;
  breaker: Omit<BreakerOptions, 'onStateChange'>;
  metrics: ClassifierMetrics;
  /** Count characters sent (remote backends only). */
  remote: boolean;
  clock?: Clock;
}

const BREAKER_GAUGE = { closed: 0, half_open: 0.5, open: 1 } as const;

/** Anything a backend throws becomes a BackendError; an unknown error keeps only its class name. */
function asBackendError(backend: string, err: unknown): BackendError {
  if (err instanceof BackendError) return err;
  const name = err instanceof Error ? err.name : typeof err;
  return new BackendError('unavailable', `${backend}: unexpected ${name}`);
}

export interface ResilientClassifier extends Classifier {
  readonly breaker: CircuitBreaker;
}

export function withResilience(inner: Classifier, options: ResilienceOptions): ResilientClassifier {
  const backend = inner.name;
  const clock = options.clock ?? systemClock;
  const { metrics } = options;
  const limit = pLimit(options.concurrency);
  const breaker = new CircuitBreaker(
    { ...options.breaker, onStateChange: (state) => metrics.breakerState.set({ backend }, BREAKER_GAUGE[state]) },
    clock,
  );
  metrics.breakerState.set({ backend }, 0);

  const attemptOnce = async (text: string, signal: AbortSignal | undefined): Promise<Classification> => {
    // Checked inside the limiter: the circuit may have opened while this call waited for a slot.
    if (!breaker.tryAcquire()) {
      metrics.errors.inc({ backend, kind: 'backend_unavailable' });
      throw new BackendError('backend_unavailable', `${backend}: circuit open, backend not called`);
    }
    if (options.remote) metrics.charsSent.inc({ backend }, countChars(text));
    const stopTimer = metrics.latency.startTimer({ backend });
    try {
      // A local backend computes synchronously: no timer could cut it short, so it gets none.
      const result = options.remote
        ? await withTimeout(backend, options.timeoutMs, clock, signal, (attemptSignal) => inner.classify(text, attemptSignal))
        : await inner.classify(text, signal);
      metrics.calls.inc({ backend, outcome: 'ok' });
      breaker.onSuccess();
      return result;
    } catch (err) {
      const error = asBackendError(backend, err);
      metrics.calls.inc({ backend, outcome: 'error' });
      metrics.errors.inc({ backend, kind: error.kind });
      // The caller giving up says nothing about the backend's health.
      if (error.kind === 'aborted') breaker.onCancel();
      else if (error.outage) breaker.onFailure();
      else breaker.onSuccess();
      throw error;
    } finally {
      stopTimer();
    }
  };

  return {
    name: backend,
    breaker,
    async classify(text, signal) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await limit(() => attemptOnce(text, signal));
        } catch (err) {
          const error = err as BackendError;
          if (error.kind === 'backend_unavailable' || signal?.aborted) throw error;
          const delayMs = retryDelayMs(error, attempt, options.retry, clock.random);
          if (delayMs === undefined) throw error;
          try {
            // Waiting happens outside the limiter: a backing-off call holds no concurrency slot.
            await clock.sleep(delayMs, signal);
          } catch {
            throw new BackendError('aborted', `${backend}: call aborted by the caller`);
          }
        }
      }
    },
    close: inner.close ? () => inner.close!() : undefined,
  };
}
