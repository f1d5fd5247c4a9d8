// processJob's onBackendError policies and backendErrorPolicy(config) (CLASSIFY_ON_OUTAGE).
import { describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/classify/classifier.js';
import { backendErrorPolicy } from '../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { BackendError, type BackendErrorKind } from '../../src/errors/index.js';
import { processJob, type SampledJob } from '../../src/pipeline.js';

const taxonomy = loadTaxonomy();
const job: SampledJob = { v: 1, jobId: 'j', bucketStart: '2026-01-05T00:00:00.000Z', dims: {}, transcript: 'USER: hello' };
const failing = (kind: BackendErrorKind): Classifier => ({
  name: 'failing',
  classify: () => Promise.reject(new BackendError(kind, `failing: ${kind}`)),
});

describe('backend error policy', () => {
  it('throw_on_outage rethrows outages (so the job stays queued) and counts failures of the event', async () => {
    for (const kind of ['backend_unavailable', 'unavailable', 'timeout', 'rate_limited', 'auth_failed'] as const) {
      await expect(processJob(job, { classifier: failing(kind), taxonomy, onBackendError: 'throw_on_outage' })).rejects.toMatchObject({ kind });
    }
    for (const kind of ['bad_reply', 'too_short', 'rejected'] as const) {
      const record = await processJob(job, { classifier: failing(kind), taxonomy, onBackendError: 'throw_on_outage' });
      expect(record).toMatchObject({ categories: { topic: 'unclassified' }, unclassifiedReason: kind });
    }
  });

  it('unclassified (the default) counts every failure with its kind as the reason', async () => {
    const record = await processJob(job, { classifier: failing('backend_unavailable'), taxonomy });
    expect(record.unclassifiedReason).toBe('backend_unavailable');
  });

  it('CLASSIFY_ON_OUTAGE=requeue means throw_on_outage for queue workers only', () => {
    expect(backendErrorPolicy({ mode: 'distributed', classifyOnOutage: 'requeue' })).toBe('throw_on_outage');
    expect(backendErrorPolicy({ mode: 'embedded', classifyOnOutage: 'requeue' })).toBe('unclassified');
    expect(backendErrorPolicy({ mode: 'distributed', classifyOnOutage: 'unclassified' })).toBe('unclassified');
  });
});
