// Metrics of POST /v1/ingest/litellm: records received, records skipped by reason, records unreadable.
// Records that map to an event go through offer() and are counted by the census metrics from there on.
import type { Registry } from 'prom-client';
import { SKIP_REASONS } from '../integrations/litellm/to-prompt-event.js';
import { counter } from './define.js';

export function litellmMetrics(registry: Registry) {
  const skipped = counter(registry, 'prompt_census_litellm_skipped_total', 'LiteLLM records not offered, by reason: failure (status failure), non_chat (embeddings, images, …), no_messages, redacted (message logging off).', ['reason']);
  for (const reason of SKIP_REASONS) skipped.inc({ reason }, 0);
  return {
    records: counter(registry, 'prompt_census_litellm_records_total', 'LiteLLM StandardLoggingPayload records received, in any log_format.'),
    skipped,
    invalid: counter(registry, 'prompt_census_litellm_invalid_total', 'LiteLLM records that could not be read (not JSON, or a field of the wrong type); events that break the event rules count in prompt_census_rejected_total.'),
  };
}

export type LitellmMetrics = ReturnType<typeof litellmMetrics>;
