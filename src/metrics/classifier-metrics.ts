// Classifier metrics (DESIGN §12): calls, latency, errors by kind, characters sent, replies outside the
// taxonomy and the breaker state. Label values are backend names, outcomes and reason codes only: never text.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { registry as defaultRegistry } from './registry.js';

export interface ClassifierMetrics {
  /** One per attempt that reached the backend; outcome `ok` or `error`. */
  calls: Counter<'backend' | 'outcome'>;
  /** Seconds per attempt, successful or not. */
  latency: Histogram<'backend'>;
  /** Failed attempts by BackendError kind, plus calls the open breaker refused (`backend_unavailable`). */
  errors: Counter<'backend' | 'kind'>;
  /** Characters (Unicode code points) sent to a remote backend, per attempt; Google bills per 1,000. */
  charsSent: Counter<'backend'>;
  /** Replies that were not usable (not JSON, outside the enum, refusal) and became the fallback category. */
  badReplies: Counter<'backend' | 'reason'>;
  /** Texts a remote backend refused (too short) that were classified locally instead (GOOGLE_TOO_SHORT=local). */
  localFallbacks: Counter<'backend' | 'reason'>;
  /** 0 closed, 1 open, 0.5 half-open (one probe allowed). */
  breakerState: Gauge<'backend'>;
}

// prom-client refuses to register a name twice in one registry, and several classifiers (or tests)
// may share one: keep one set of metric objects per registry.
const byRegistry = new WeakMap<Registry, ClassifierMetrics>();

export function registerClassifierMetrics(target: Registry = defaultRegistry): ClassifierMetrics {
  const existing = byRegistry.get(target);
  if (existing) return existing;
  const registers = [target];
  const metrics: ClassifierMetrics = {
    calls: new Counter({
      name: 'prompt_census_classifier_calls_total',
      help: 'Classifier attempts that reached the backend, by outcome.',
      labelNames: ['backend', 'outcome'],
      registers,
    }),
    latency: new Histogram({
      name: 'prompt_census_classifier_latency_seconds',
      help: 'Time per classifier attempt.',
      labelNames: ['backend'],
      buckets: [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    errors: new Counter({
      name: 'prompt_census_classifier_errors_total',
      help: 'Failed classifier attempts by error kind; backend_unavailable counts calls refused by the open circuit breaker.',
      labelNames: ['backend', 'kind'],
      registers,
    }),
    charsSent: new Counter({
      name: 'prompt_census_classifier_chars_sent_total',
      help: 'Characters of redacted transcript sent to a remote classifier (every attempt; Google bills per 1,000).',
      labelNames: ['backend'],
      registers,
    }),
    badReplies: new Counter({
      name: 'prompt_census_classifier_bad_replies_total',
      help: 'Replies that were not JSON or not in the taxonomy, counted as the fallback category.',
      labelNames: ['backend', 'reason'],
      registers,
    }),
    localFallbacks: new Counter({
      name: 'prompt_census_classifier_local_fallbacks_total',
      help: 'Texts a remote backend refused (e.g. too short) that the local classifier classified instead.',
      labelNames: ['backend', 'reason'],
      registers,
    }),
    breakerState: new Gauge({
      name: 'prompt_census_classifier_breaker_state',
      help: 'Circuit breaker per backend: 0 closed, 0.5 half-open, 1 open.',
      labelNames: ['backend'],
      registers,
    }),
  };
  byRegistry.set(target, metrics);
  return metrics;
}
