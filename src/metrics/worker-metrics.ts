// Worker-side metrics (DESIGN §12): jobs processed by outcome, unclassified by reason, job time,
// retries, queue depth. Classifier latency metrics live with the classifier backends.
import type { Registry } from 'prom-client';
import { counter, gauge, histogram } from './define.js';

export function workerMetrics(registry: Registry) {
  return {
    processed: counter(registry, 'prompt_census_processed_total', 'Jobs finished, by outcome (counted, capped by ACCOUNT_SAMPLE_CAP, or replay of a job already counted).', ['outcome']),
    unclassified: counter(registry, 'prompt_census_unclassified_total', 'Jobs counted as unclassified, by reason code.', ['reason']),
    retried: counter(registry, 'prompt_census_job_retries_total', 'Job attempts that failed and were handed back for a retry, by reason code.', ['reason']),
    lost: counter(registry, 'prompt_census_jobs_lost_total', 'Jobs that failed for good without being counted (undecodable data, or Redis unavailable on the last attempt).', ['reason']),
    jobSeconds: histogram(registry, 'prompt_census_job_seconds', 'Time to process one job (open, redact, classify, aggregate).', [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60]),
    queueDepth: gauge(registry, 'prompt_census_queue_depth_jobs', 'Jobs in the queue by state, at the last check.', ['state']),
  };
}

export type WorkerMetrics = ReturnType<typeof workerMetrics>;
