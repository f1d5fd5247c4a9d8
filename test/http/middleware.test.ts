// prompt-census/middleware on real node:http servers: as a node:http handler wrapper, in an
// Express-style (req, res, next) chain, and as a Fastify-style hook. It offers the parsed chat body
// after the response has finished, maps id/account/model/usage, skips what it should, and nothing it
// does (a throwing callback, a bad body) reaches the response or the gateway.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptEvent } from '../../schemas/event.js';
import { createCensus, type Census } from '../../src/census.js';
import { loadConfig } from '../../src/config.js';
import { censusMiddleware, type CensusMiddlewareOptions, type MiddlewareOutcome, type RequestLike } from '../../src/http/middleware.js';
import { watchQueue } from '../support/distributed.js';
import { packagePath } from '../../src/util/package-root.js';
import { cleanRedis, testRedis, uniqueNames, type TestRedis } from '../support/redis.js';
import { distributedEnv, waitFor } from '../support/services.js';

const CANARY = 'CANARY-MIDDLEWARE-2b7f';
const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  user: 'tenant-17',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: 'Write a haiku about the sea.' },
  ],
  ...extra,
});

type Reply = { status: number; body: string };
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function post(port: number, body: unknown, headers: Record<string, string> = {}, path = '/v1/chat/completions'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

/** Reads and parses the JSON body, as a gateway (or express.json()) does. */
function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/** A bare gateway handler: parses the body onto req.body, answers, optionally with a status and usage in res.locals. */
const gateway = (status = 200): Handler => (req, res) => {
  void readJson(req).then((body) => {
    (req as { body?: unknown }).body = body;
    (res as { locals?: unknown }).locals = { usage: { prompt_tokens: 31, completion_tokens: 17 } };
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end('{"id":"chatcmpl-1","choices":[]}');
  });
};

describe('censusMiddleware', () => {
  let redis: TestRedis;
  const names = uniqueNames('mw');
  let census: Census;
  const servers: Server[] = [];
  /** Every event the middleware built, with whether its response had finished at that moment. */
  const built: Array<{ event: PromptEvent; responseFinished: boolean }> = [];
  /** Request ids whose response had emitted 'finish' (set by the test handlers). */
  const finishedIds = new Set<string>();

  beforeAll(async () => {
    redis = await testRedis();
    census = createCensus(loadConfig(distributedEnv(redis.url, names, { LOG_LEVEL: 'silent' })), { registry: new Registry() });
    await waitFor(() => census.ready, 'producer connected');
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await census.close();
    await cleanRedis(redis.url, names);
    await redis.close();
  });

  /** The real census, watched: records each built event and whether its response had finished. */
  function watchedCensus(): Pick<Census, 'offerLazily' | 'decide'> {
    return {
      decide: (id) => census.decide(id),
      offerLazily(id, build) {
        return census.offerLazily(id, () => {
          const event = build() as PromptEvent;
          built.push({ event, responseFinished: finishedIds.has(event.id) });
          return event;
        });
      },
    };
  }

  /** A middleware whose outcomes can be awaited one by one. */
  function setup(options: Partial<CensusMiddlewareOptions> = {}) {
    const outcomes: MiddlewareOutcome[] = [];
    const waiters: Array<(o: MiddlewareOutcome) => void> = [];
    const middleware = censusMiddleware({
      census: watchedCensus(),
      ...options,
      onOutcome(outcome, req) {
        options.onOutcome?.(outcome, req);
        const waiter = waiters.shift();
        if (waiter) waiter(outcome);
        else outcomes.push(outcome);
      },
    });
    const next = () => new Promise<MiddlewareOutcome>((resolve) => (outcomes.length > 0 ? resolve(outcomes.shift()!) : waiters.push(resolve)));
    return { middleware, next };
  }

  async function listen(handler: Handler): Promise<number> {
    const server = createServer(handler);
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  }

  it('wraps a node:http handler and offers the request after its response finished', async () => {
    const { middleware, next } = setup();
    const port = await listen(middleware.wrap(gateway()));
    built.length = 0;
    const watch = watchQueue(redis.url, names.queueName);
    try {
      await census.flush();
      const jobsBefore = await watch.openJobs();
      const reply = await post(port, chatBody(), { 'x-request-id': 'req-wrap-1' });
      expect(reply).toEqual({ status: 200, body: '{"id":"chatcmpl-1","choices":[]}' });
      expect(await next()).toEqual({ offered: { accepted: true, sampled: true } });
      expect(built).toHaveLength(1);
      expect(built[0]!.event).toEqual({ id: 'req-wrap-1', accountId: 'tenant-17', model: 'gpt-4o-mini', messages: chatBody().messages });
      await census.flush();
      expect(await watch.openJobs()).toBe(jobsBefore + 1);
    } finally {
      await watch.close();
    }
  });

  it('builds the event only once its response has finished', async () => {
    const { middleware, next } = setup();
    built.length = 0;
    const port = await listen(
      middleware((req: IncomingMessage, res: ServerResponse) => {
        void readJson(req).then((body) => {
          (req as { body?: unknown }).body = body;
          // Registered after the middleware's own 'finish' listener, so it runs after it: the
          // middleware must still not have built anything by then.
          res.once('finish', () => finishedIds.add(String(req.headers['x-request-id'])));
          res.end('ok');
        });
      }),
    );
    await post(port, chatBody(), { 'x-request-id': 'req-order-1' });
    await next();
    expect(built.map((b) => b.responseFinished)).toEqual([true]);
  });

  it('decides an unsampled request with an id header when it arrives: no finish listener, nothing built, counted offered once', async () => {
    const none = uniqueNames('mw-none');
    const unsampling = createCensus(loadConfig(distributedEnv(redis.url, none, { LOG_LEVEL: 'silent', SAMPLE_RATE: '0' })), { registry: new Registry() });
    try {
      let builds = 0;
      const outcomes: MiddlewareOutcome[] = [];
      const middleware = censusMiddleware({
        census: { decide: (id) => unsampling.decide(id), offerLazily: (id, build) => unsampling.offerLazily(id, () => (builds++, build())) },
        onOutcome: (outcome) => outcomes.push(outcome),
      });
      // What the handler sees: outcomes reported and 'finish' listeners on its response, before it answers.
      const seen: Array<[number, number]> = [];
      const port = await listen(middleware.wrap((req, res) => {
        seen.push([outcomes.length, res.listenerCount('finish')]);
        gateway()(req, res);
      }));
      const bare = await listen((req, res) => {
        seen.push([-1, res.listenerCount('finish')]);
        gateway()(req, res);
      });
      await post(bare, chatBody());
      for (let i = 0; i < 3; i++) expect((await post(port, chatBody(), { 'x-request-id': `unsampled-${i}` })).status).toBe(200);
      const nodeListeners = seen[0]![1]; // node's own
      expect(seen.slice(1)).toEqual([[1, nodeListeners], [2, nodeListeners], [3, nodeListeners]]);
      expect(outcomes).toEqual(Array(3).fill({ offered: { accepted: true, sampled: false } }));

      // Without an id header the id is generated, and drawn once, when the response has finished.
      await post(port, chatBody());
      await waitFor(() => outcomes.length === 4, 'the fourth outcome');
      expect(seen[4]).toEqual([3, nodeListeners + 1]);
      expect(outcomes[3]).toEqual({ offered: { accepted: true, sampled: false } });
      expect(builds).toBe(0);
      expect((await unsampling.metrics.offered.get()).values[0]?.value).toBe(4);
    } finally {
      await unsampling.close();
      await cleanRedis(redis.url, none);
    }
  });

  it('generates a request id when there is none, or reads the configured headers', async () => {
    const { middleware, next } = setup({ requestIdHeaders: ['x-litellm-call-id', 'X-Request-Id'] });
    const port = await listen(middleware.wrap(gateway()));
    built.length = 0;
    await post(port, chatBody());
    await next();
    await post(port, chatBody(), { 'x-request-id': 'second-choice' });
    await next();
    await post(port, chatBody(), { 'x-request-id': 'second-choice', 'x-litellm-call-id': 'first-choice' });
    await next();
    expect(built[0]!.event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(built.slice(1).map((b) => b.event.id)).toEqual(['second-choice', 'first-choice']);
  });

  it('takes account, app and usage from callbacks, tools and legacy prompts from the body', async () => {
    const { middleware, next } = setup({
      account: (req) => String(req.headers['x-tenant']),
      app: () => 'support-bot',
      usage: (_req, res) => {
        const usage = (res as { locals?: { usage?: { prompt_tokens: number; completion_tokens: number } } }).locals?.usage;
        return usage && { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
      },
    });
    const port = await listen(middleware.wrap(gateway()));
    built.length = 0;
    await post(port, chatBody({ tools: [{ type: 'function', function: { name: 'lookup_order', parameters: {} } }] }), { 'x-request-id': 'r-1', 'x-tenant': 'acme' });
    await next();
    await post(port, { model: 'gpt-3.5-turbo-instruct', prompt: 'Say hello in Dutch.', functions: [{ name: 'legacy_fn' }] }, { 'x-request-id': 'r-2', 'x-tenant': 'acme' }, '/v1/completions');
    await next();
    expect(built.map((b) => b.event)).toEqual([
      { id: 'r-1', accountId: 'acme', app: 'support-bot', model: 'gpt-4o-mini', messages: chatBody().messages, tools: [{ type: 'function', function: { name: 'lookup_order', parameters: {} } }], usage: { promptTokens: 31, completionTokens: 17 } },
      { id: 'r-2', accountId: 'acme', app: 'support-bot', model: 'gpt-3.5-turbo-instruct', prompt: 'Say hello in Dutch.', tools: [{ type: 'function', function: { name: 'legacy_fn' } }], usage: { promptTokens: 31, completionTokens: 17 } },
    ]);
  });

  it('skips failed responses (unless asked) and requests without a prompt', async () => {
    const failing = setup();
    const port = await listen(failing.middleware.wrap(gateway(429)));
    expect((await post(port, chatBody())).status).toBe(429);
    expect(await failing.next()).toEqual({ skipped: 'failed_response' });

    const all = setup({ offerFailedResponses: true });
    const port2 = await listen(all.middleware.wrap(gateway(500)));
    await post(port2, chatBody(), { 'x-request-id': 'failed-but-offered' });
    expect(await all.next()).toEqual({ offered: { accepted: true, sampled: true } });

    const plain = setup();
    const port3 = await listen(plain.middleware.wrap(gateway()));
    for (const body of [{ model: 'text-embedding-3-small', input: ['a', 'b'] }, { messages: [] }, 'not json', [1, 2]]) {
      await post(port3, body, {}, '/v1/embeddings');
      expect(await plain.next()).toEqual({ skipped: 'no_prompt' });
    }
  });

  it('works as Express-style (req, res, next) middleware, before or after the body parser, mounted twice', async () => {
    const { middleware, next } = setup();
    type Mw = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
    const jsonParser: Mw = (req, _res, done) => void readJson(req).then((body) => ((req as { body?: unknown }).body = body, done()));
    const handler: Mw = (_req, res) => res.end('{"ok":true}');
    // A minimal Connect/Express chain runner: each middleware calls next() to pass on.
    const chain =
      (...mws: Mw[]) =>
      (req: IncomingMessage, res: ServerResponse) => {
        const step = (i: number) => mws[i]?.(req, res, (err) => (err ? res.writeHead(500).end() : step(i + 1)));
        step(0);
      };
    const port = await listen(chain(middleware, jsonParser, middleware, handler));
    built.length = 0;
    expect(await post(port, chatBody(), { 'x-request-id': 'express-1' })).toEqual({ status: 200, body: '{"ok":true}' });
    expect(await next()).toEqual({ offered: { accepted: true, sampled: true } });
    expect(built.map((b) => b.event.id)).toEqual(['express-1']);
  });

  it('adds nothing to node:http request and response objects, and two middlewares each offer once', async () => {
    const first = setup();
    const second = setup();
    let shapes: string[] = [];
    const ownProperties = (o: object) => [...Object.getOwnPropertyNames(o), ...Object.getOwnPropertySymbols(o).map(String)].sort().join(',');
    const port = await listen((req, res) => {
      const before = [ownProperties(req), ownProperties(res)];
      first.middleware(req, res, () => undefined);
      first.middleware(req, res, () => undefined); // the same middleware mounted twice
      second.middleware(req, res, () => undefined); // another one, e.g. with its own census
      shapes = [before.join(' | '), `${ownProperties(req)} | ${ownProperties(res)}`];
      gateway()(req, res);
    });
    built.length = 0;
    await post(port, chatBody(), { 'x-request-id': 'two-middlewares-1' });
    expect(shapes[1]).toBe(shapes[0]);
    expect(await first.next()).toEqual({ offered: { accepted: true, sampled: true } });
    expect(await second.next()).toEqual({ offered: { accepted: true, sampled: true } });
    // Both offered the same id; the queue keeps one job, as for any re-offered id (job ids derive from it).
    expect(built.map((b) => b.event.id)).toEqual(['two-middlewares-1', 'two-middlewares-1']);
  });

  it('works as a Fastify-style hook: body on the request object, node objects in .raw', async () => {
    const { middleware, next } = setup();
    built.length = 0;
    const port = await listen((raw, rawRes) => {
      void readJson(raw).then((body) => {
        const requestLike: RequestLike = { raw, headers: raw.headers, body };
        middleware(requestLike, { raw: rawRes }, () => rawRes.end('{}'));
      });
    });
    await post(port, chatBody(), { 'x-request-id': 'fastify-1' });
    expect(await next()).toEqual({ offered: { accepted: true, sampled: true } });
    expect(built.map((b) => b.event.id)).toEqual(['fastify-1']);
  });

  it('never throws into the gateway: failing callbacks and a failing census only show as outcomes', async () => {
    const broken = setup({
      account: () => {
        throw new Error(CANARY);
      },
    });
    const port = await listen(broken.middleware.wrap(gateway()));
    expect((await post(port, chatBody(), { 'x-request-id': 'throws-1' })).status).toBe(200);
    expect(await broken.next()).toEqual({ offered: { accepted: false, issue: { field: '(root)', message: 'could not be processed' } } });

    const noCensus = censusMiddleware({
      census: {
        offerLazily() {
          throw new Error(CANARY);
        },
      },
      onOutcome: () => {
        throw new Error('the host callback fails too');
      },
    });
    const port2 = await listen(noCensus.wrap(gateway()));
    expect((await post(port2, chatBody())).status).toBe(200);
    expect((await post(port2, chatBody())).status).toBe(200);

    const outcomes: MiddlewareOutcome[] = [];
    const decideThrows = censusMiddleware({
      census: {
        decide() {
          throw new Error(CANARY);
        },
        offerLazily: () => ({ accepted: true, sampled: false }),
      },
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    const port3 = await listen(decideThrows.wrap(gateway()));
    expect((await post(port3, chatBody(), { 'x-request-id': 'decide-throws' })).status).toBe(200);
    expect(outcomes).toEqual([{ skipped: 'error' }]);
  });

  it('reports a sampled bad body by field only, never its content', async () => {
    const { middleware, next } = setup();
    const port = await listen(middleware.wrap(gateway()));
    await post(port, chatBody({ messages: [{ role: CANARY, content: CANARY }] }), { 'x-request-id': 'bad-role' });
    const outcome = await next();
    expect(outcome).toEqual({ offered: { accepted: false, issue: { field: 'messages[0].role', message: expect.stringMatching(/^expected one of/) } } });
    expect(JSON.stringify(outcome)).not.toContain(CANARY);
  });

  it('is the package entry prompt-census/middleware (built)', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('prompt-census/middleware'); console.log(typeof m.censusMiddleware)"], { cwd: packagePath(), encoding: 'utf8' });
    expect(run.stdout.trim(), run.stderr).toBe('function');
  });

  it('creates and closes its own census from a config', async () => {
    const own = uniqueNames('mw-own');
    const middleware = censusMiddleware({ config: loadConfig(distributedEnv(redis.url, own, { LOG_LEVEL: 'silent' })) });
    expect(typeof middleware.wrap(gateway())).toBe('function');
    await middleware.close(1_000);
    await cleanRedis(redis.url, own);
    expect(() => censusMiddleware({})).toThrow(/census.*config/);
  });
});
