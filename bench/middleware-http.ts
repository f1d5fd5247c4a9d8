// Acceptance 3 of issue 9: what prompt-census/middleware costs a node:http gateway. The same bare
// handler (parse the JSON body, answer) with and without the middleware at the default sample rate
// (0.0025), both driven by the keep-alive load generator of the offer() benchmark. Rounds alternate
// which mode goes first; the median ratio is reported, with each server's CPU time per request, and
// the middleware's per-request work timed alone in this process.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';
import { createCensus } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { packagePath } from '../src/util/package-root.js';
import { fmtRate } from './machine.js';
import { BODY, load, message } from './offer-http.js';
import { startRedisServer } from './redis-server.js';

export interface MiddlewareHttpResult {
  connections: number;
  seconds: number;
  rounds: Array<{ bareRps: number; middlewareRps: number; bareCpuUs: number; middlewareCpuUs: number }>;
  medianRatio: number;
  sampledInMiddlewareRounds: number;
  /** census.offerLazily() (what the middleware calls per request) alone: median µs per call. */
  lazyOfferUsPerCall: number;
  /** census.offer() on the same events, for comparison: median µs per call. */
  offerUsPerCall: number;
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

/** offerLazily() and offer() timed in batches of 10,000 calls on the benchmark's request: median µs per call. */
async function perCallCosts(env: NodeJS.ProcessEnv): Promise<{ lazy: number; plain: number }> {
  const census = createCensus(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { registry: new Registry() });
  const body = JSON.parse(BODY) as { model: string; messages: unknown; user: string };
  const event = (id: string) => ({ id, accountId: body.user, model: body.model, messages: body.messages });
  const time = (fn: (id: string) => unknown) => {
    const perCall: number[] = [];
    for (let round = 0; round < 7; round++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < 10_000; i++) fn(`cost-${round}-${i}`);
      perCall.push(Number(process.hrtime.bigint() - t) / 1e3 / 10_000);
    }
    return perCall.sort((a, b) => a - b)[3]!;
  };
  const lazy = time((id) => census.offerLazily(id, () => event(id)));
  const plain = time((id) => census.offer(event(id)));
  await census.close(2_000);
  return { lazy, plain };
}

export async function runMiddlewareHttpBench(rounds = 7, connections = 16, seconds = 3): Promise<MiddlewareHttpResult> {
  const redis = await startRedisServer();
  const env = {
    REDIS_URL: redis.url,
    QUEUE_NAME: 'bench-middleware',
    SAMPLER_KEY: randomBytes(32).toString('hex'),
    PAYLOAD_KEY: randomBytes(32).toString('base64'),
  };
  const result: MiddlewareHttpResult = { connections, seconds, rounds: [], medianRatio: 0, sampledInMiddlewareRounds: 0, lazyOfferUsPerCall: 0, offerUsPerCall: 0 };
  try {
    const costs = await perCallCosts(env);
    result.lazyOfferUsPerCall = costs.lazy;
    result.offerUsPerCall = costs.plain;
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
    `  per request the middleware calls census.offerLazily(): ${r.lazyOfferUsPerCall.toFixed(2)} µs per call alone (offer() on the same event: ${r.offerUsPerCall.toFixed(2)} µs), i.e. a ratio of ${(bareCpu / (bareCpu + r.lazyOfferUsPerCall)).toFixed(3)} for a fully CPU-bound server`,
  ].join('\n');
}
