import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerClassifierMetrics } from '../../src/metrics/classifier-metrics.js';
import { registry as processRegistry } from '../../src/metrics/registry.js';

describe('registerClassifierMetrics', () => {
  it('registers once per registry and returns the same metrics on later calls', async () => {
    const registry = new Registry();
    const a = registerClassifierMetrics(registry);
    expect(registerClassifierMetrics(registry)).toBe(a);
    const names = (await registry.getMetricsAsJSON()).map((m) => m.name).sort();
    expect(names).toEqual([
      'prompt_census_classifier_bad_replies_total',
      'prompt_census_classifier_breaker_state',
      'prompt_census_classifier_calls_total',
      'prompt_census_classifier_chars_sent_total',
      'prompt_census_classifier_errors_total',
      'prompt_census_classifier_latency_seconds',
      'prompt_census_classifier_local_fallbacks_total',
    ]);
  });

  it('defaults to the process registry', async () => {
    registerClassifierMetrics();
    expect((await processRegistry.getMetricsAsJSON()).some((m) => m.name === 'prompt_census_classifier_calls_total')).toBe(true);
  });
});
