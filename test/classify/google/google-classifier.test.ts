// The `google` backend against nock: request shape (v2, numeric enums, query), mapping, retries,
// timeouts, malformed replies, too-short texts. No network: nock refuses anything it does not expect.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierSettings } from '../../../src/classify/create-classifier.js';
import { loadTaxonomy } from '../../../src/classify/taxonomy.js';
import { BackendError } from '../../../src/errors/index.js';
import { processJob, type SampledJob } from '../../../src/pipeline.js';
import { fakeClock } from '../../helpers/fake-clock.js';

const ENDPOINT = 'http://language.google.test';
const V2_PATH = '/v2/documents:classifyText';
const taxonomy = loadTaxonomy();

function google(settings: Partial<ClassifierSettings> = {}) {
  const registry = new Registry();
  const clock = fakeClock();
  const classifier = createClassifier(
    {
      classifier: 'google',
      googleProjectId: 'test-project',
      googleApiKey: 'test-api-key',
      googleApiEndpoint: ENDPOINT,
      classifyMaxAttempts: 3,
      ...settings,
    },
    { registry, clock, taxonomy },
  );
  return { classifier, registry, clock };
}

const reply = (categories: Array<{ name: string; confidence: number }>) => ({ categories, languageCode: 'en', languageSupported: true });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('google classifier (nock)', () => {
  it('sends the v2 body with numeric enums and the API key, and maps the best confident path by longest prefix', async () => {
    let body: unknown;
    let headers: Record<string, unknown> = {};
    const scope = nock(ENDPOINT)
      .post(V2_PATH)
      .query((q) => q.$alt === 'json;enum-encoding=int')
      .reply(function (_uri, requestBody) {
        body = requestBody;
        headers = this.req.headers;
        return [200, reply([
          { name: '/Computers & Electronics/Programming/Java (Programming Language)', confidence: 0.81 },
          { name: '/Finance', confidence: 0.45 },
          { name: '/Computers & Electronics', confidence: 0.6 },
        ])];
      });
    const { classifier } = google();
    const text = 'USER: why does my Java stream throw a NullPointerException?';
    const result = await classifier.classify(text);
    expect(scope.isDone()).toBe(true);
    expect(body).toEqual({ document: { type: 1, content: text } });
    expect(headers['x-goog-api-key']).toBe('test-api-key');
    expect(result.results.topic).toEqual({ category: 'programming', confidence: 0.81 });
    expect(result.labels.map((l) => l.name)).toEqual(['/Computers & Electronics/Programming/Java (Programming Language)', '/Computers & Electronics']);
    expect(result.charsSent).toBe(text.length);
  });

  it('maps to the fallback when no label reaches the confidence floor, which is configurable', async () => {
    nock(ENDPOINT).post(V2_PATH).query(true).twice().reply(200, reply([{ name: '/Finance/Investing', confidence: 0.4 }]));
    expect((await google().classifier.classify('stocks')).results.topic).toEqual({ category: 'other', confidence: 0 });
    expect((await google({ googleMinConfidence: 0.3 }).classifier.classify('stocks')).results.topic).toEqual({ category: 'finance', confidence: 0.4 });
  });

  it('uses v1 with the V2 content-category model when GOOGLE_API_VERSION=v1', async () => {
    let body: unknown;
    nock(ENDPOINT).post('/v1/documents:classifyText').query(true).reply(200, (_uri, b) => {
      body = b;
      return reply([{ name: '/Health/Nutrition', confidence: 0.9 }]);
    });
    const result = await google({ googleApiVersion: 'v1' }).classifier.classify('what should I eat');
    expect(body).toEqual({ document: { type: 1, content: 'what should I eat' }, classificationModelOptions: { v2Model: { contentCategoriesVersion: 2 } } });
    expect(result.results.topic?.category).toBe('health');
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    const scope = nock(ENDPOINT)
      .post(V2_PATH).query(true).reply(429, { error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } }, { 'Retry-After': '7' })
      .post(V2_PATH).query(true).reply(200, reply([{ name: '/Science/Physics', confidence: 0.7 }]));
    const { classifier, clock } = google({ classifyRetryMaxMs: 60_000 });
    const result = await classifier.classify('why is the sky blue');
    expect(scope.isDone()).toBe(true);
    expect(clock.sleeps).toEqual([7000]); // exactly what the server asked (jitter source fixed at 0)
    expect(result.results.topic?.category).toBe('science');
  });

  it('retries 5xx until the attempts run out, and the pipeline counts the event unclassified with the reason', async () => {
    const scope = nock(ENDPOINT).post(V2_PATH).query(true).times(3).reply(503, { error: { code: 503, message: 'unavailable', status: 'UNAVAILABLE' } });
    const { classifier, clock } = google();
    const job: SampledJob = { v: 1, jobId: 'j1', bucketStart: '2026-01-05T00:00:00.000Z', dims: {}, transcript: 'USER: hello there' };
    const record = await processJob(job, { classifier, taxonomy });
    expect(scope.isDone()).toBe(true);
    expect(clock.sleeps).toHaveLength(2);
    expect(record.categories).toEqual({ topic: 'unclassified' });
    expect(record.unclassifiedReason).toBe('unavailable');
  });

  it('times out a call that gets no answer, aborting the request', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    nock(ENDPOINT).post(V2_PATH).query(true).reply(() => {
      arrived();
      return new Promise(() => undefined); // never answers
    });
    const { classifier, clock } = google({ classifyMaxAttempts: 1 });
    const pending = classifier.classify('hello').catch((e: unknown) => e);
    await requestArrived;
    expect(clock.fireTimers()).toBe(1);
    const err = await pending;
    expect(err).toBeInstanceOf(BackendError);
    expect((err as BackendError).kind).toBe('timeout');
  });

  it('turns a malformed reply into kind bad_reply without retrying, and never quotes the body', async () => {
    const scope = nock(ENDPOINT).post(V2_PATH).query(true).reply(200, 'CANARY-BODY not json {', { 'Content-Type': 'application/json' });
    const err = await google().classifier.classify('hello').catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(err).toMatchObject({ kind: 'bad_reply' });
    expect(String((err as Error).message)).not.toContain('CANARY');
  });

  it('rejects a reply of the wrong shape as bad_reply', async () => {
    nock(ENDPOINT).post(V2_PATH).query(true).reply(200, { categories: [{ name: '/Science', confidence: 7 }] });
    await expect(google().classifier.classify('hello')).rejects.toMatchObject({ kind: 'bad_reply' });
  });

  const tooFewTokens = { error: { code: 400, message: 'Invalid text content: too few tokens (words) to process.', status: 'INVALID_ARGUMENT' } };

  it('reports texts Google finds too short as too_short, not retried', async () => {
    const scope = nock(ENDPOINT).post(V2_PATH).query(true).reply(400, tooFewTokens);
    await expect(google().classifier.classify('hi')).rejects.toMatchObject({ kind: 'too_short', status: 400 });
    expect(scope.isDone()).toBe(true);
  });

  it('routes too-short texts to the local classifier when GOOGLE_TOO_SHORT=local, and counts it', async () => {
    nock(ENDPOINT).post(V2_PATH).query(true).reply(400, tooFewTokens);
    const { classifier, registry } = google({ googleTooShort: 'local' });
    const result = await classifier.classify('translate this');
    expect(result.results.topic?.category).toBe('translation');
    expect(await registry.metrics()).toMatch(/prompt_census_classifier_local_fallbacks_total\{backend="google",reason="too_short"\} 1/);
  });

  it('does not retry an invalid key (auth_failed) and keeps the provider message out of the error', async () => {
    const scope = nock(ENDPOINT).post(V2_PATH).query(true).reply(403, { error: { code: 403, message: 'API key not valid CANARY', status: 'PERMISSION_DENIED' } });
    const err = await google().classifier.classify('hello').catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(err).toMatchObject({ kind: 'auth_failed', message: 'google: HTTP 403' });
  });

  it('maps a refused connection to unavailable', async () => {
    // A real refusal on loopback (nock's replyWithError never settles node-fetch's promise here).
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    nock.enableNetConnect('127.0.0.1');
    try {
      const { classifier, clock } = google({ googleApiEndpoint: `http://127.0.0.1:${port}` });
      await expect(classifier.classify('hello')).rejects.toMatchObject({ kind: 'unavailable' });
      expect(clock.sleeps).toHaveLength(2);
    } finally {
      nock.disableNetConnect();
    }
  });
});
