// The `openai` backend against nock: request body (store:false, temperature 0, enum schema, data block),
// retries, timeouts, and replies that are not JSON or not in the enum.
import nock from 'nock';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierSettings } from '../../../src/classify/create-classifier.js';
import { categoryIds, loadTaxonomy } from '../../../src/classify/taxonomy.js';
import { BackendError } from '../../../src/errors/index.js';
import { processJob } from '../../../src/pipeline.js';
import { completion, dataBlock, type ChatRequest } from '../../helpers/chat-completion.js';
import { fakeClock } from '../../helpers/fake-clock.js';

const BASE = 'http://llm.test';
const PATH = '/v1/chat/completions';
const taxonomy = loadTaxonomy();

function openai(settings: Partial<ClassifierSettings> = {}) {
  const registry = new Registry();
  const clock = fakeClock();
  const classifier = createClassifier(
    { classifier: 'openai', openaiBaseUrl: `${BASE}/v1`, openaiApiKey: 'sk-test', openaiModel: 'test-model', classifyMaxAttempts: 3, ...settings },
    { registry, clock, taxonomy },
  );
  return { classifier, registry, clock };
}

const badReplies = async (registry: Registry, reason: string) =>
  Number(new RegExp(`prompt_census_classifier_bad_replies_total\\{backend="openai",reason="${reason}"\\} (\\d+)`).exec(await registry.metrics())?.[1] ?? 0);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('openai classifier (nock)', () => {
  it('sends store:false, temperature 0, the taxonomy enum as a strict JSON schema, and the text inside the data block', async () => {
    let request!: ChatRequest;
    let auth: unknown;
    const scope = nock(BASE).post(PATH).reply(function (_uri, body) {
      request = body as ChatRequest;
      auth = this.req.headers.authorization;
      return [200, completion('{"topic":"programming","confidence":0.93}')];
    });
    const { classifier } = openai();
    const text = 'USER: fix this TypeScript compile error';
    const result = await classifier.classify(text);
    expect(scope.isDone()).toBe(true);
    expect(auth).toBe('Bearer sk-test');
    expect(request.model).toBe('test-model');
    expect(request.store).toBe(false);
    expect(request.temperature).toBe(0);
    expect(request.response_format?.type).toBe('json_schema');
    expect(request.response_format?.json_schema?.strict).toBe(true);
    const schema = request.response_format!.json_schema!.schema;
    expect(schema.properties.topic.enum).toEqual(categoryIds(taxonomy));
    expect(schema.required).toEqual(['topic', 'confidence']);
    expect(schema.additionalProperties).toBe(false);
    expect(request.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(request.messages[0]!.content).not.toContain(text);
    expect(dataBlock(request)).toBe(text);
    expect(result.results.topic).toEqual({ category: 'programming', confidence: 0.93 });
    expect(result.charsSent).toBe(text.length);
  });

  it('sends no Authorization secret of ours when no key is configured (local servers)', async () => {
    let auth: unknown;
    nock(BASE).post(PATH).reply(function () {
      auth = this.req.headers.authorization;
      return [200, completion('{"topic":"legal","confidence":0.5}')];
    });
    await openai({ openaiApiKey: undefined }).classifier.classify('is this clause enforceable');
    expect(auth).toBe('Bearer unused');
  });

  it('honours Retry-After on 429 and then succeeds; the SDK itself never retries', async () => {
    const scope = nock(BASE)
      .post(PATH).reply(429, { error: { message: 'Rate limit', type: 'requests' } }, { 'Retry-After': '3' })
      .post(PATH).reply(200, completion('{"topic":"finance","confidence":0.8}'));
    const { classifier, clock } = openai();
    const result = await classifier.classify('how do index funds work');
    expect(scope.isDone()).toBe(true);
    expect(clock.sleeps).toEqual([3000]);
    expect(result.results.topic?.category).toBe('finance');
  });

  it('retries 5xx until the attempts run out; the pipeline counts the event unclassified:unavailable', async () => {
    let requests = 0;
    nock(BASE).post(PATH).times(10).reply(() => {
      requests++;
      return [500, { error: { message: 'boom' } }];
    });
    const { classifier, clock } = openai();
    const record = await processJob({ v: 1, jobId: 'j', bucketStart: '2026-01-05T00:00:00.000Z', dims: {}, transcript: 'USER: hi' }, { classifier, taxonomy });
    expect(requests).toBe(3); // CLASSIFY_MAX_ATTEMPTS, not multiplied by SDK retries
    expect(clock.sleeps).toHaveLength(2);
    expect(record.unclassifiedReason).toBe('unavailable');
  });

  it('times out a call that gets no answer', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    nock(BASE).post(PATH).reply(() => {
      arrived();
      return new Promise(() => undefined);
    });
    const { classifier, clock } = openai({ classifyMaxAttempts: 1 });
    const pending = classifier.classify('hello').catch((e: unknown) => e);
    await requestArrived;
    expect(clock.fireTimers()).toBe(1);
    const err = await pending;
    expect(err).toBeInstanceOf(BackendError);
    expect((err as BackendError).kind).toBe('timeout');
  });

  it.each([
    ['not_json', completion('I think this is about finance.')],
    ['not_in_enum', completion('{"topic":"banking","confidence":0.9}')],
    ['not_in_enum', completion('{"confidence":0.9}')],
    ['not_object', completion('["finance"]')],
    ['empty', completion('')],
    ['refusal', completion(null, { refusal: 'I cannot help with that.' })],
  ])('turns a reply that is %s into the fallback category and counts it', async (reason, body) => {
    nock(BASE).post(PATH).reply(200, body);
    const { classifier, registry } = openai();
    const result = await classifier.classify('hello');
    expect(result.results.topic).toEqual({ category: 'other', confidence: 0 });
    expect(await badReplies(registry, reason)).toBe(1);
  });

  it('keeps an in-enum category whose confidence is missing, at confidence 0, and counts it', async () => {
    nock(BASE).post(PATH).reply(200, completion('{"topic":"health"}'));
    const { classifier, registry } = openai();
    expect((await classifier.classify('hello')).results.topic).toEqual({ category: 'health', confidence: 0 });
    expect(await badReplies(registry, 'bad_confidence')).toBe(1);
  });

  it('counts a body that is not a chat completion as unclassified:bad_reply, without retrying', async () => {
    const scope = nock(BASE).post(PATH).reply(200, 'CANARY <html>', { 'Content-Type': 'application/json' });
    const err = await openai().classifier.classify('hello').catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(err).toMatchObject({ kind: 'bad_reply' });
    expect(String((err as Error).message)).not.toContain('CANARY');
  });

  it('does not retry 401 (auth_failed) or 400 (rejected)', async () => {
    nock(BASE).post(PATH).reply(401, { error: { message: 'bad key CANARY' } });
    await expect(openai().classifier.classify('hello')).rejects.toMatchObject({ kind: 'auth_failed', message: 'openai: HTTP 401' });
    nock(BASE).post(PATH).reply(400, { error: { message: 'bad request' } });
    await expect(openai().classifier.classify('hello')).rejects.toMatchObject({ kind: 'rejected' });
  });
});
