import { describe, expect, it } from 'vitest';
import type { Classification, Classifier } from '../src/classify/classifier.js';
import { loadTaxonomy } from '../src/classify/taxonomy.js';
import { BackendError, ValidationError } from '../src/errors/index.js';
import { ingestEvent, processJob, validateEvent, type SampledJob } from '../src/pipeline.js';
import type { Detector } from '../src/redact/types.js';
import { createSampler } from '../src/sampler/keyed-sampler.js';

const taxonomy = loadTaxonomy();
const KEY = 'pipeline-test-key-pipeline-test-key';
const limits = { maxEventBytes: 1024 * 1024, maxMessages: 512 };
const ingestOptions = { sampler: createSampler(KEY, 1), samplerKey: KEY, bucket: 'week' as const, dimensions: ['model'] as const, maxTurnChars: 5000, maxClassifyChars: 20000 };

/** A classifier that records what it was sent and answers a fixed category. */
function recordingClassifier(category = 'programming'): Classifier & { seen: string[] } {
  const seen: string[] = [];
  return {
    name: 'recording',
    seen,
    async classify(text) {
      seen.push(text);
      return { results: { topic: { category, confidence: 0.9 } }, labels: [] } satisfies Classification;
    },
  };
}

const job = (transcript: string): SampledJob => ({ v: 1, jobId: 'ab'.repeat(16), bucketStart: '2026-11-23T00:00:00.000Z', dims: {}, transcript });

describe('validateEvent', () => {
  it('names the failing field', () => {
    const fail = (input: unknown) => {
      try {
        validateEvent(input, limits);
      } catch (err) {
        return (err as ValidationError).field;
      }
      return 'no error';
    };
    expect(fail({ prompt: 'x' })).toBe('id');
    expect(fail({ id: '1' })).toBe('messages');
    expect(fail({ id: '1', prompt: 'x', messages: [] })).toBe('prompt');
    expect(fail({ id: '1', messages: [{ role: 'wizard', content: 'x' }] })).toBe('messages[0].role');
    expect(fail({ id: '1', prompt: 'x', usage: { promptTokens: -1 } })).toBe('usage.promptTokens');
    expect(fail({ id: '1', prompt: 'x', timestamp: 'yesterday' })).toBe('timestamp');
    expect(fail({ id: '1', prompt: 'x'.repeat(2000) })).toBe('no error');
    expect(() => validateEvent({ id: '1', prompt: 'x'.repeat(2000) }, { maxEventBytes: 1024, maxMessages: 1 })).toThrow(/prompt: too much text/);
  });

  it('never quotes the rejected value in its message', () => {
    try {
      validateEvent({ id: 'CANARY-ID-0001'.repeat(30), prompt: 'CANARY-TEXT' }, limits);
      throw new Error('expected rejection');
    } catch (err) {
      expect((err as Error).message).not.toMatch(/CANARY/);
    }
  });
});

describe('ingestEvent', () => {
  it('clips each token count to MAX_TOKENS_PER_EVENT (the DP token bound)', () => {
    const event = validateEvent({ id: 'r2', prompt: 'hi', usage: { promptTokens: 5000, completionTokens: 20 } }, limits);
    const decision = ingestEvent(event, { ...ingestOptions, maxTokensPerEvent: 1000 });
    expect(decision.sampled && decision.job.usage).toEqual({ promptTokens: 1000, completionTokens: 20 });
  });

  it('hashes the account, buckets the time, keeps only enabled dimensions, builds the transcript', () => {
    const event = validateEvent({ id: 'r1', accountId: 'acct-7', app: 'chat', model: 'm1', timestamp: '2026-11-25T10:00:00Z', prompt: 'hi', usage: { promptTokens: 3 } }, limits);
    const decision = ingestEvent(event, ingestOptions);
    expect(decision.sampled).toBe(true);
    if (!decision.sampled) return;
    expect(decision.job).toMatchObject({ v: 1, bucketStart: '2026-11-23T00:00:00.000Z', bucket: 'week', dims: { model: 'm1' }, usage: { promptTokens: 3 }, transcript: 'USER: hi' });
    const daily = ingestEvent(event, { ...ingestOptions, bucket: 'day' });
    expect(daily.sampled && [daily.job.bucketStart, daily.job.bucket]).toEqual(['2026-11-25T00:00:00.000Z', 'day']);
    expect(decision.job.account).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(decision.job)).not.toContain('acct-7');
    expect(decision.jobId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('builds nothing for an unsampled event', () => {
    const decision = ingestEvent(validateEvent({ id: 'r1', prompt: 'hi' }, limits), { ...ingestOptions, sampler: createSampler(KEY, 0) });
    expect(decision).toEqual({ sampled: false });
  });
});

describe('processJob', () => {
  it('sends only redacted text to the classifier and counts PII types', async () => {
    const classifier = recordingClassifier();
    const record = await processJob(job('USER: mail me at canary.person@example.org please'), { classifier, taxonomy });
    expect(classifier.seen[0]).not.toContain('canary.person@example.org');
    expect(classifier.seen[0]).toContain('[EMAIL_1]');
    expect(record.categories).toEqual({ topic: 'programming' });
    expect(record.pii).toEqual({ EMAIL: 1 });
    const daily = await processJob({ ...job('USER: hi'), bucket: 'day' }, { classifier, taxonomy });
    expect(daily.bucket).toBe('day');
    expect(record).not.toHaveProperty('bucket'); // a job queued before units were recorded
  });

  it('fails closed: a detector error marks the job unclassified and sends nothing on', async () => {
    const classifier = recordingClassifier();
    const broken: Detector = { name: 'broken', find: () => { throw new Error('boom'); } };
    const record = await processJob(job('USER: secret stuff'), { classifier, taxonomy, detectors: [broken] });
    expect(classifier.seen).toEqual([]);
    expect(record.categories).toEqual({ topic: 'unclassified' });
    expect(record.unclassifiedReason).toBe('redaction_error');
  });

  it('counts a classifier failure as unclassified with the error kind, or rethrows when asked', async () => {
    const failing: Classifier = { name: 'down', classify: async () => { throw new BackendError('timeout', 'timed out'); } };
    const record = await processJob(job('USER: hi'), { classifier: failing, taxonomy });
    expect(record).toMatchObject({ categories: { topic: 'unclassified' }, unclassifiedReason: 'timeout' });
    await expect(processJob(job('USER: hi'), { classifier: failing, taxonomy, onBackendError: 'throw' })).rejects.toBeInstanceOf(BackendError);
  });

  it('maps a category outside the taxonomy to the fallback', async () => {
    const record = await processJob(job('USER: hi'), { classifier: recordingClassifier('astrology'), taxonomy });
    expect(record.categories).toEqual({ topic: 'other' });
  });
});
