// Acceptance 6a: what offer() costs a host. A bare node:http server (parse the JSON body, answer)
// against the same server calling census.offer() once per request at the default sample rate
// (0.0025), side by side on one core (http-pair.ts); the median ratio of their CPU time per request
// is reported, with the ratio of requests counted and offer()'s own cost timed in this process.
import { Registry } from 'prom-client';
import { createCensus, type Census } from '../src/census.js';
import { loadConfig } from '../src/config.js';
import { prefixedHmacImplementation } from '../src/sampler/hmac-sha256.js';
import { blockCpuRatio, comparePair, withPinnedRedis, type PairResult } from './http-pair.js';
import { fmtRate, median } from './machine.js';

export interface OfferHttpResult extends PairResult {
  /** offer() alone, in this process, on the same events at the same rate, with the enqueueing it causes: CPU µs per call. */
  offerUsPerCall: number;
  /** Where the server, the load generator and Redis ran. */
  placement: string;
}

export const BODY = JSON.stringify({
  model: 'gpt-4o-mini',
  user: 'account-42',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: 'Write a Python function that parses a CSV file and returns the rows as dictionaries. Keep it short and explain each step.' },
  ],
});

/**
 * CPU µs per call of `fn`, counting the background work the calls cause too (sealing and enqueueing
 * the sampled ones, which census.flush() waits for): process CPU time over 40,000 calls and the flush,
 * median of 7 rounds. Redis runs in its own process, so only this process's work is counted.
 */
export async function cpuPerCall(census: Census, fn: (id: string) => void): Promise<number> {
  const calls = 40_000;
  const perCall: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < calls; i++) fn(`cost-${round}-${i}`);
    await census.flush();
    const cpu = process.cpuUsage(start);
    perCall.push((cpu.user + cpu.system) / calls);
  }
  return median(perCall);
}

/** A census on the benchmark's Redis, connected, so its sampled events are queued rather than dropped. */
export async function connectedCensus(env: NodeJS.ProcessEnv): Promise<Census> {
  const census = createCensus(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { registry: new Registry() });
  while (!census.ready) await new Promise((resolve) => setTimeout(resolve, 10));
  return census;
}

/** offer() on the benchmark's request events at the default rate, with its background work: CPU µs per call. */
async function offerCost(env: NodeJS.ProcessEnv): Promise<number> {
  const census = await connectedCensus(env);
  const body = JSON.parse(BODY) as { model: string; messages: unknown; user: string };
  const cost = await cpuPerCall(census, (id) => census.offer({ id, accountId: body.user, model: body.model, messages: body.messages }));
  await census.close(2_000);
  return cost;
}

export async function runOfferHttpBench(): Promise<OfferHttpResult> {
  return withPinnedRedis('bench-offer', async (pinning, env) => {
    const offerUsPerCall = await offerCost(env);
    const pair = await comparePair({ pinning, script: 'offer-http-server.js', baseMode: 'bare', variantMode: 'offer', env, body: BODY });
    return { ...pair, offerUsPerCall, placement: pinning.note };
  });
}

export function formatOfferHttpBench(r: OfferHttpResult): string {
  const bareCpu = median(r.blocks.map((b) => b.baseCpuUs));
  return [
    `offer() on a host's request path: node:http server parsing a ~0.4 KB JSON body, default SAMPLE_RATE 0.0025 (Redis on loopback); ${r.placement}`,
    ...formatPairBlocks(r, 'with offer()'),
    `  events sampled and queued: ${r.variantSampled}`,
    `  offer() alone on the same events, with the sealing and enqueueing of the sampled ones: ${r.offerUsPerCall.toFixed(2)} µs CPU per call (median of 7 × 40,000 calls; ${hmacNote()}); against the median bare server CPU of ${bareCpu.toFixed(1)} µs/request that is a ratio of ${(bareCpu / (bareCpu + r.offerUsPerCall)).toFixed(3)} for a server that is itself the bottleneck`,
  ].join('\n');
}

/** Wall-clock seconds a pair of servers ran before its first block. */
export const warmUpSeconds = (r: PairResult) => (r.warmUpSlices * 2 * r.sliceMs) / 1000;

/** min–max of a comparison's block CPU ratios. */
export function blockRange(r: PairResult): string {
  const ratios = r.blocks.map(blockCpuRatio);
  return `${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}`;
}

/** A comparison in brief: its median CPU ratio, the blocks' range, and each server's median CPU per request. */
export function comparisonSummary(r: PairResult): string {
  const cpu = (pick: (b: PairResult['blocks'][number]) => number) => median(r.blocks.map(pick)).toFixed(1);
  return `median CPU ratio ${r.medianCpuRatio.toFixed(3)} (blocks ${blockRange(r)}), server CPU ${cpu((b) => b.baseCpuUs)} → ${cpu((b) => b.variantCpuUs)} µs/request`;
}

/** One line per block of a side-by-side comparison, then how far the blocks spread. */
export function formatPairBlocks(r: PairResult, variantLabel: string): string[] {
  const pairs = [...new Set(r.blocks.map((b) => b.pair))];
  const pairMedians = pairs.map((p) => median(r.blocks.filter((b) => b.pair === p).map(blockCpuRatio)).toFixed(3));
  return [
    `  ${r.blocks.length} blocks of ${r.slicesPerBlock} alternating ${r.sliceMs} ms slices per server over ${pairs.length} pairs of fresh server processes, each pair warmed up for ${warmUpSeconds(r)} s first (to the steady state: bench/http-pair.ts), ${r.connections} keep-alive connections from a raw-socket load generator:`,
    ...r.blocks.map(
      (b, i) =>
        `  block ${i + 1} (pair ${b.pair + 1}): bare ${fmtRate(b.baseRps)} (${b.baseCpuUs.toFixed(1)} µs server CPU/request)   ${variantLabel} ${fmtRate(b.variantRps)} (${b.variantCpuUs.toFixed(1)} µs/request)   throughput ratio ${(b.variantRps / b.baseRps).toFixed(3)}, CPU ratio ${blockCpuRatio(b).toFixed(3)}`,
    ),
    `  block CPU ratios range ${blockRange(r)}, medians by pair of processes ${pairMedians.join(', ')}: on a shared machine a difference smaller than that spread is not resolved by one run`,
    `  median CPU ratio (bare CPU per request / ${variantLabel}), the throughput ratio of a server with a core to itself: ${r.medianCpuRatio.toFixed(3)} (target ≥ 0.99)`,
    `  median throughput ratio counted in the slices: ${r.medianRatio.toFixed(3)} (flattered: work deferred past a slice, such as queueing the sampled events once per OFFER_FLUSH_INTERVAL_MS, runs in the other server's slice)`,
    ...backgroundLine(r, variantLabel),
  ];
}

/** How much of each server's CPU ran on threads beside the main one (V8's compilers and GC), when /proc told. */
export function backgroundLine(r: PairResult, variantLabel: string, baseLabel = 'bare'): string[] {
  const base = r.blocks.map((b) => b.baseBackgroundUs).filter((x): x is number => x !== undefined);
  const variant = r.blocks.map((b) => b.variantBackgroundUs).filter((x): x is number => x !== undefined);
  if (base.length === 0 || variant.length === 0) return [];
  return [`  of the CPU per request, threads beside the main one (V8's background compilers and GC): ${baseLabel} ${median(base).toFixed(2)} µs, ${variantLabel} ${median(variant).toFixed(2)} µs (medians over blocks)`];
}

/** Which sampling HMAC ran: the figures differ by ~0.5 µs per call between the two. */
export function hmacNote(): string {
  return prefixedHmacImplementation() === 'native' ? 'native SHA-extension HMAC' : 'JS HMAC: the native addon is not built or the CPU lacks SHA extensions';
}
