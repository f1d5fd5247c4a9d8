// Acceptance 3 of issue 9: what prompt-census/middleware costs a node:http gateway. The same bare
// handler (parse the JSON body, answer) with and without the middleware at the default sample rate
// (0.0025), side by side on one core (http-pair.ts); the median ratio of their CPU time per request
// is reported, with the ratio of requests counted, the same comparison at SAMPLE_RATE 0, the sampled
// 0.25% alone, the same on a handler that proxies each request to an upstream (as a gateway does, so
// the per-request cost is set against a realistic request), and the middleware's per-request work
// timed alone in this process.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { censusMiddleware } from '../src/http/middleware.js';
import { comparePair, withPinnedRedis, type PairResult } from './http-pair.js';
import { median } from './machine.js';
import { backgroundLine, BODY, comparisonSummary, connectedCensus, cpuPerCall, formatPairBlocks, hmacNote } from './offer-http.js';

export interface MiddlewareHttpResult extends PairResult {
  /** The same comparison at SAMPLE_RATE 0: the decision on every request, nothing sampled. */
  unsampled: PairResult;
  /**
   * The middleware at SAMPLE_RATE 0 against the same at the default rate, side by side: what the
   * sampled 0.25% cost, with both servers running the same code otherwise.
   */
  sampledOnly: PairResult;
  /** The same comparison on a gateway handler that forwards each request to an upstream over node:http. */
  proxying: PairResult;
  /** The middleware's own CPU µs per request, with the enqueueing of sampled requests (middlewareCost). */
  middlewareUsPerRequest: number;
  /** Where the server, the load generator and Redis ran. */
  placement: string;
}

/**
 * The middleware's own work per request, with the sealing and enqueueing of the sampled ones: CPU µs
 * of mounting it on a request and emitting the response's 'finish', less the same requests without
 * it. Requests and responses are stand-ins (headers and parsed body; an EventEmitter with a status).
 */
async function middlewareCost(env: NodeJS.ProcessEnv): Promise<number> {
  const census = await connectedCensus(env);
  const middleware = censusMiddleware({ census });
  const body = JSON.parse(BODY) as unknown;
  class Response extends EventEmitter {
    statusCode = 200;
  }
  const request = (id: string, mounted: boolean) => {
    const req = { headers: { 'x-request-id': id }, body } as unknown as IncomingMessage;
    const res = new Response() as unknown as ServerResponse;
    if (mounted) middleware(req, res, () => undefined);
    res.emit('finish');
  };
  const without = await cpuPerCall(census, (id) => request(id, false));
  const withMiddleware = await cpuPerCall(census, (id) => request(id, true));
  await census.close(2_000);
  return withMiddleware - without;
}

/** The answer of the upstream model API the proxying gateway forwards to: a short chat completion, always the same. */
const UPSTREAM_ANSWER = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  model: 'gpt-4o-mini',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Use csv.DictReader: open the file, pass it to DictReader, and each row is a dict keyed by the header.' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 38, completion_tokens: 24, total_tokens: 62 },
});

/** A stand-in upstream in this process (on the load generator's cores), answering every request the same. */
async function startUpstream(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(UPSTREAM_ANSWER) }).end(UPSTREAM_ANSWER));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function runMiddlewareHttpBench(): Promise<MiddlewareHttpResult> {
  return withPinnedRedis('bench-middleware', async (pinning, env) => {
    const middlewareUsPerRequest = await middlewareCost(env);
    const pair = await comparePair({ pinning, script: 'middleware-http-server.js', baseMode: 'bare', variantMode: 'middleware', env, body: BODY });
    // What the 0.25% sampled cost, apart from the decision every request pays.
    const unsampled = await comparePair({ pinning, script: 'middleware-http-server.js', baseMode: 'bare', variantMode: 'middleware', env: { ...env, SAMPLE_RATE: '0' }, body: BODY, blocks: 6, pairs: 2 });
    const sampledOnly = await comparePair({ pinning, script: 'middleware-http-server.js', baseMode: 'unsampled', variantMode: 'middleware', env, body: BODY, blocks: 6, pairs: 2 });
    const upstream = await startUpstream();
    try {
      const proxying = await comparePair({ pinning, script: 'middleware-http-server.js', baseMode: 'gateway', variantMode: 'gateway-middleware', env: { ...env, UPSTREAM_URL: upstream.url }, body: BODY, blocks: 6, pairs: 2 });
      return { ...pair, unsampled, sampledOnly, proxying, middlewareUsPerRequest, placement: pinning.note };
    } finally {
      upstream.server.close();
    }
  });
}

export function formatMiddlewareHttpBench(r: MiddlewareHttpResult): string {
  const bareCpu = median(r.blocks.map((b) => b.baseCpuUs));
  const mwCpu = median(r.blocks.map((b) => b.variantCpuUs));
  return [
    `prompt-census/middleware on a node:http gateway handler checking the Content-Type and parsing a ~0.4 KB chat body (as express.json() does), default SAMPLE_RATE 0.0025 (Redis on loopback); ${r.placement}`,
    ...formatPairBlocks(r, 'with middleware'),
    `  median server CPU ${bareCpu.toFixed(1)} → ${mwCpu.toFixed(1)} µs/request; requests sampled and queued: ${r.variantSampled}`,
    `  the same at SAMPLE_RATE 0, the decision alone (${r.unsampled.blocks.length} blocks): ${comparisonSummary(r.unsampled)}; the rest of the gap is the sampled 0.25%`,
    ...backgroundLine(r.unsampled, 'with middleware at SAMPLE_RATE 0').map((line) => `  ${line}`),
    `  the sampled 0.25% alone, side by side (the middleware at SAMPLE_RATE 0 against the same at the default, ${r.sampledOnly.blocks.length} blocks): ${comparisonSummary(r.sampledOnly)}`,
    ...backgroundLine(r.sampledOnly, 'at the default rate', 'at SAMPLE_RATE 0').map((line) => `  ${line}`),
    `  on a proxying gateway handler (the same, then forwarding each request to a local upstream over node:http and relaying its answer, ${r.proxying.blocks.length} blocks): ${comparisonSummary(r.proxying)}`,
    ...backgroundLine(r.proxying, 'with middleware', 'proxying gateway').map((line) => `  ${line}`),
    `  the middleware's own work, with the enqueueing of sampled requests: ${r.middlewareUsPerRequest.toFixed(2)} µs CPU per request (median of 7 × 40,000 stand-in requests, less the same without it; ${hmacNote()}), i.e. a ratio of ${(bareCpu / (bareCpu + r.middlewareUsPerRequest)).toFixed(3)} for a server that is itself the bottleneck`,
  ].join('\n');
}
