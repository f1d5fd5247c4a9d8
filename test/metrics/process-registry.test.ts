// Node's default metrics belong to the processes that serve /metrics (sidecar, worker): a host that
// embeds the census or the middleware gets no event-loop monitor or GC observer from importing us.
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createCensus } from '../../src/census.js';
import { loadConfig } from '../../src/config.js';
import { censusMiddleware } from '../../src/http/middleware.js';
import { collectProcessMetrics, registry } from '../../src/metrics/registry.js';
import { distributedEnv } from '../support/services.js';
import { uniqueNames } from '../support/redis.js';

const names = async () => (await registry.getMetricsAsJSON()).map((m) => m.name);

describe('process registry', () => {
  it('gets no default metrics from a census or middleware on it, then gets them once from collectProcessMetrics()', async () => {
    // Nothing listens on port 1: the census never connects, which is all this test needs of it.
    const census = createCensus(loadConfig(distributedEnv('redis://127.0.0.1:1', uniqueNames('registry'))));
    const middleware = censusMiddleware({ census });
    try {
      expect(typeof middleware).toBe('function');
      const embedded = await names();
      expect(embedded).toContain('prompt_census_offered_total');
      expect(embedded.filter((name) => name.startsWith('nodejs_') || name.startsWith('process_'))).toEqual([]);

      expect(collectProcessMetrics()).toBe(registry);
      expect(collectProcessMetrics()).toBe(registry); // a second call registers nothing twice (prom-client would throw)
      const served = await names();
      expect(served).toContain('process_cpu_user_seconds_total');
      expect(served).toContain('nodejs_eventloop_lag_seconds');
      expect(new Set(served).size).toBe(served.length);
    } finally {
      await census.close(1_000);
    }
  });

  it('leaves a registry handed in alone', async () => {
    const own = new Registry();
    const census = createCensus(loadConfig(distributedEnv('redis://127.0.0.1:1', uniqueNames('own-registry'))), { registry: own });
    try {
      expect((await own.getMetricsAsJSON()).every((m) => m.name.startsWith('prompt_census_'))).toBe(true);
    } finally {
      await census.close(1_000);
    }
  });
});
