// Ingest-side metrics (DESIGN §12): what was offered, sampled, dropped (by reason) and enqueued.
import type { Registry } from 'prom-client';
import { counter, gauge } from './define.js';

export type DropReason = 'buffer_full' | 'redis_unavailable' | 'queue_full' | 'closed';
export const DROP_REASONS: readonly DropReason[] = ['buffer_full', 'redis_unavailable', 'queue_full', 'closed'];

export function censusMetrics(registry: Registry) {
  const dropped = counter(registry, 'prompt_census_dropped_total', 'Sampled events dropped before reaching the queue, by reason.', ['reason']);
  // Zero-initialise every reason so dashboards and tests see the series before the first drop.
  for (const reason of DROP_REASONS) dropped.inc({ reason }, 0);
  return {
    offered: counter(registry, 'prompt_census_offered_total', 'Events offered (valid or not).'),
    rejected: counter(registry, 'prompt_census_rejected_total', 'Offered events that failed validation.'),
    sampled: counter(registry, 'prompt_census_sampled_total', 'Valid events the keyed sampler kept.'),
    dropped,
    enqueued: counter(registry, 'prompt_census_enqueued_total', 'Sampled events added to the queue.'),
    buffered: gauge(registry, 'prompt_census_offer_buffer_events', 'Sampled events waiting in memory to be enqueued.'),
    queueWaiting: gauge(registry, 'prompt_census_queue_waiting_jobs', 'Waiting jobs in the queue at the last check.'),
  };
}

export type CensusMetrics = ReturnType<typeof censusMetrics>;
