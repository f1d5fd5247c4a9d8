// Acceptance 3 of issue 9: what prompt-census/middleware costs a node:http gateway. The same bare
// handler (parse the JSON body, answer) with and without the middleware at the default sample rate
// (0.0025), both driven by the keep-alive load generator of the offer() benchmark. Rounds alternate
// which mode goes first; the median ratio is reported, with each server's CPU time per request, and
// the middleware's per-request work timed alone in this process.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { censusMiddleware } from '../src/http/middleware.js';
import { packagePath } from '../src/util/package-root.js';
import { fmtRate } from './machine.js';
import { BODY, connectedCensus, cpuPerCall, hmacNote, load, message } from './offer-http.js';
import { startRedisServer } from './redis-server.js';

export interface MiddlewareHttpResult {
  connections: number;
  seconds: number;
  rounds: Array<{ bareRps: number; middlewareRps: number; bareCpuUs: number; middlewareCpuUs: number }>;
  medianRatio: number;
  sampledInMiddlewareRounds: number;
  /** The middleware's own CPU µs per request, with the enqueueing of sampled requests (middlewareCost). */
  middlewareUsPerRequest: number;
}

async function measure(mode: 'bare' | 'middleware', env: NodeJS.ProcessEnv, connections: number, seconds: number) {
  const child = fork(packagePath('dist', 'bench', 'middleware-http-server.js'), [mode], { env: { PATH: process.env.PATH, ...env } });
  const { port } = await message<{ port: number }>(child);
  const idBase = randomBytes(6).toString('hex');
  await load(port, connections, 1, `${idBase}-warm`); // warm-up (JIT, connections)
  await message(child, 'mark');
  const rps = await load(port, connections, seconds, idBase);
  const report = await message<{ cpuUsPerRequest: number; sampled: number }>(child, 'report');
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
  return { rps, cpuUs: report.cpuUsPerRequest, sampled: report.sampled };
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

export async function runMiddlewareHttpBench(rounds = 7, connections = 16, seconds = 3): Promise<MiddlewareHttpResult> {
  const redis = await startRedisServer();
  const env = {
    REDIS_URL: redis.url,
    QUEUE_NAME: 'bench-middleware',
    SAMPLER_KEY: randomBytes(32).toString('hex'),
    PAYLOAD_KEY: randomBytes(32).toString('base64'),
  };
  const result: MiddlewareHttpResult = { connections, seconds, rounds: [], medianRatio: 0, sampledInMiddlewareRounds: 0, middlewareUsPerRequest: 0 };
  try {
    result.middlewareUsPerRequest = await middlewareCost(env);
    for (let i = 0; i < rounds; i++) {
      // Alternate which mode runs first, so a drift in machine load does not favour one side.
      const first = i % 2 === 0 ? 'bare' : 'middleware';
      const a = await measure(first, env, connections, seconds);
      const b = await measure(first === 'bare' ? 'middleware' : 'bare', env, connections, seconds);
      const [bare, withMiddleware] = first === 'bare' ? [a, b] : [b, a];
      result.sampledInMiddlewareRounds += withMiddleware.sampled;
      result.rounds.push({ bareRps: bare.rps, middlewareRps: withMiddleware.rps, bareCpuUs: bare.cpuUs, middlewareCpuUs: withMiddleware.cpuUs });
    }
  } finally {
    await redis.destroy();
  }
  const ratios = result.rounds.map((r) => r.middlewareRps / r.bareRps).sort((a, b) => a - b);
  result.medianRatio = ratios[Math.floor(ratios.length / 2)]!;
  return result;
}

export function formatMiddlewareHttpBench(r: MiddlewareHttpResult): string {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bareCpu = median(r.rounds.map((x) => x.bareCpuUs));
  const mwCpu = median(r.rounds.map((x) => x.middlewareCpuUs));
  return [
    `prompt-census/middleware on a node:http gateway handler parsing a ~0.4 KB chat body, ${r.connections} keep-alive connections from a Node load generator, ${r.seconds} s per run, default SAMPLE_RATE 0.0025 (Redis on loopback)`,
    ...r.rounds.map(
      (x, i) =>
        `  round ${i + 1}: bare ${fmtRate(x.bareRps)} (${x.bareCpuUs.toFixed(1)} µs server CPU/request)   with middleware ${fmtRate(x.middlewareRps)} (${x.middlewareCpuUs.toFixed(1)} µs/request)   ratio ${(x.middlewareRps / x.bareRps).toFixed(3)}`,
    ),
    `  median throughput ratio with/without the middleware: ${r.medianRatio.toFixed(3)} (target ≥ 0.99); median server CPU ${bareCpu.toFixed(1)} → ${mwCpu.toFixed(1)} µs/request; requests sampled and queued: ${r.sampledInMiddlewareRounds}`,
    `  the middleware's own work, with the enqueueing of sampled requests: ${r.middlewareUsPerRequest.toFixed(2)} µs CPU per request (median of 7 × 40,000 stand-in requests, less the same without it; ${hmacNote()}), i.e. a ratio of ${(bareCpu / (bareCpu + r.middlewareUsPerRequest)).toFixed(3)} for a server that is itself the bottleneck`,
  ].join('\n');
}
