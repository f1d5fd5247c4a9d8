import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { Classification, Classifier } from '../../../src/classify/classifier.js';
import { withResilience, type ResilienceOptions } from '../../../src/classify/resilience/resilient-classifier.js';
import { BackendError } from '../../../src/errors/index.js';
import { registerClassifierMetrics } from '../../../src/metrics/classifier-metrics.js';
import { fakeClock } from '../../helpers/fake-clock.js';

const OK: Classification = { results: { topic: { category: 'programming', confidence: 0.9 } }, labels: [] };

/** A backend that answers from a script: each call takes the next step (an error to throw or OK). */
function scripted(steps: Array<BackendError | Error | 'ok'>): Classifier & { calls: number } {
  const backend = {
    name: 'scripted',
    calls: 0,
    async classify() {
      const step = steps[backend.calls++] ?? 'ok';
      if (step !== 'ok') throw step;
      return OK;
    },
  };
  return backend;
}

function options(overrides: Partial<ResilienceOptions> = {}) {
  const registry = new Registry();
  const clock = fakeClock();
  const base: ResilienceOptions = {
    concurrency: 2,
    timeoutMs: 1000,
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000 },
    breaker: { failureThreshold: 5, cooldownMs: 60_000 },
    metrics: registerClassifierMetrics(registry),
    remote: true,
    clock,
  };
  return { registry, clock, options: { ...base, ...overrides } };
}

async function metricValue(registry: Registry, name: string, labels: Record<string, string>): Promise<number> {
  // Histograms list their _count/_sum/_bucket series under the base name, each with its own metricName.
  const values = (await registry.getMetricsAsJSON())
    .flatMap((m) => (m.values as Array<{ value: number; metricName?: string; labels: Record<string, string | number> }>).map((v) => ({ ...v, metricName: v.metricName ?? m.name })))
    .filter((v) => v.metricName === name);
  return values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((s, v) => s + v.value, 0);
}

describe('withResilience', () => {
  it('retries retryable failures with backoff and returns the first success', async () => {
    const backend = scripted([new BackendError('unavailable', 'x'), new BackendError('timeout', 'x'), 'ok']);
    const { options: o, clock } = options();
    await expect(withResilience(backend, o).classify('text')).resolves.toEqual(OK);
    expect(backend.calls).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const backend = scripted(Array.from({ length: 10 }, () => new BackendError('unavailable', 'x', { status: 503 })));
    const { options: o } = options();
    await expect(withResilience(backend, o).classify('text')).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
    expect(backend.calls).toBe(3);
  });

  it('does not retry failures of the event itself', async () => {
    const backend = scripted([new BackendError('bad_reply', 'x')]);
    const { options: o, clock } = options();
    await expect(withResilience(backend, o).classify('text')).rejects.toMatchObject({ kind: 'bad_reply' });
    expect(backend.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('turns an unknown error into kind unavailable, keeping only its class name', async () => {
    const backend = scripted([new RangeError('secret prompt text'), new RangeError('secret prompt text'), new RangeError('secret prompt text')]);
    const { options: o } = options();
    const err = await withResilience(backend, o).classify('text').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect((err as BackendError).message).toBe('scripted: unexpected RangeError');
  });

  it('times out an attempt that does not answer, then retries it', async () => {
    const { options: o, clock } = options();
    let calls = 0;
    const backend: Classifier = {
      name: 'slow',
      classify: () => (++calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve(OK)),
    };
    const pending = withResilience(backend, o).classify('text');
    await new Promise<void>((resolve) => setImmediate(resolve)); // let the attempt start
    expect(clock.fireTimers()).toBe(1);
    await expect(pending).resolves.toEqual(OK);
    expect(calls).toBe(2);
  });

  it('opens the circuit after repeated outages and then refuses without calling the backend', async () => {
    const backend = scripted(Array.from({ length: 10 }, () => new BackendError('unavailable', 'x')));
    const { options: o, registry, clock } = options({ retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, breaker: { failureThreshold: 2, cooldownMs: 5000 } });
    const classifier = withResilience(backend, o);
    await expect(classifier.classify('a')).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(classifier.classify('b')).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(classifier.classify('c')).rejects.toMatchObject({ kind: 'backend_unavailable' });
    expect(backend.calls).toBe(2);
    expect(await metricValue(registry, 'prompt_census_classifier_breaker_state', { backend: 'scripted' })).toBe(1);
    expect(await metricValue(registry, 'prompt_census_classifier_errors_total', { backend: 'scripted', kind: 'backend_unavailable' })).toBe(1);
    clock.advance(5000);
    await expect(classifier.classify('d')).rejects.toMatchObject({ kind: 'unavailable' }); // the probe reached the backend
    expect(backend.calls).toBe(3);
  });

  it('stops retrying once the circuit opens mid-retry', async () => {
    const backend = scripted(Array.from({ length: 10 }, () => new BackendError('unavailable', 'x')));
    const { options: o } = options({ retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 1 }, breaker: { failureThreshold: 3, cooldownMs: 5000 } });
    await expect(withResilience(backend, o).classify('a')).rejects.toMatchObject({ kind: 'backend_unavailable' });
    expect(backend.calls).toBe(3);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const backend: Classifier = {
      name: 'gated',
      async classify() {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((resolve) => gates.push(resolve));
        inFlight--;
        return OK;
      },
    };
    const { options: o } = options({ concurrency: 3 });
    const classifier = withResilience(backend, o);
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => classifier.classify(`t${i}`)));
    let opened = 0;
    while (opened < 10) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(inFlight).toBeLessThanOrEqual(3);
      const waiting = gates.splice(0);
      opened += waiting.length;
      waiting.forEach((open) => open());
    }
    await all;
    expect(peak).toBe(3);
  });

  it('counts calls, errors by kind and characters (code points) sent, with no text in any label', async () => {
    const backend = scripted([new BackendError('rate_limited', 'x'), 'ok']);
    const { options: o, registry } = options();
    await withResilience(backend, o).classify('héllo 👋 canary-text');
    expect(await metricValue(registry, 'prompt_census_classifier_calls_total', { backend: 'scripted', outcome: 'ok' })).toBe(1);
    expect(await metricValue(registry, 'prompt_census_classifier_calls_total', { backend: 'scripted', outcome: 'error' })).toBe(1);
    expect(await metricValue(registry, 'prompt_census_classifier_errors_total', { backend: 'scripted', kind: 'rate_limited' })).toBe(1);
    expect(await metricValue(registry, 'prompt_census_classifier_chars_sent_total', { backend: 'scripted' })).toBe(2 * 19);
    expect(await metricValue(registry, 'prompt_census_classifier_latency_seconds_count', { backend: 'scripted' })).toBe(2);
    expect(await registry.metrics()).not.toContain('canary');
  });

  it('counts no characters for the local backend', async () => {
    const { options: o, registry } = options({ remote: false });
    await withResilience(scripted(['ok']), o).classify('some text');
    expect(await metricValue(registry, 'prompt_census_classifier_chars_sent_total', {})).toBe(0);
  });
});
