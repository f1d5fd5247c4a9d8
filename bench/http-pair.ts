// Throughput of two benchmark servers compared side by side: both run at once (pinned to the same
// core when pinning is possible), and the load generator alternates between them in short slices,
// so a change in machine speed (other tenants of a virtual machine, frequency) lands on both alike.
// Sequential runs of a few seconds each disagreed by up to ±30% on a shared 2-core VM; slices of
// 100 ms, grouped in blocks whose ratios are reported with their median, bring that to a few per cent.
// Each server also reports its CPU time per request, which counts work it defers past its own slices.
// Two identical servers, side by side, still differed by up to ±3% from one pair of processes to the
// next while the blocks of one pair agreed (placement in memory and caches lasts a process's life), so
// the blocks are spread over several pairs of fresh processes, started in alternating order. Each pair
// is warmed up for a minute first (WARM_UP_SLICES): measured sooner, V8 is still compiling the census's
// rarely run code.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { packagePath } from '../src/util/package-root.js';
import { forkServer, pinLoadGenerator, unpin, type Pinning } from './cpu-pinning.js';
import { median } from './machine.js';
import { startRedisServer } from './redis-server.js';

export interface PairBlock {
  /** Which pair of server processes ran the block (0-based). */
  pair: number;
  baseRps: number;
  variantRps: number;
  /** Each server's CPU µs per request over the block. */
  baseCpuUs: number;
  variantCpuUs: number;
  /** Of that, the µs per request spent by threads beside the main one (thread-cpu.ts); undefined without /proc. */
  baseBackgroundUs?: number | undefined;
  variantBackgroundUs?: number | undefined;
}

/** A block's CPU ratio: base CPU per request over the variant's (above 1: the variant spent less). */
export const blockCpuRatio = (b: PairBlock): number => b.baseCpuUs / b.variantCpuUs;

export interface PairResult {
  connections: number;
  slicesPerBlock: number;
  sliceMs: number;
  warmUpSlices: number;
  blocks: PairBlock[];
  /** Median over blocks of variant / base throughput (requests counted in each server's own slices). */
  medianRatio: number;
  /**
   * Median over blocks of base / variant CPU time per request: the throughput ratio of two servers
   * that each have the core to themselves. Work a server defers (the census gathers sampled events
   * for OFFER_FLUSH_INTERVAL_MS, then queues them) runs partly in the other server's slices and lowers that one's
   * count, which flatters the count ratio; CPU time is charged to the server that spent it.
   */
  medianCpuRatio: number;
  /** Requests the variant servers sampled and queued, warm-ups included. */
  variantSampled: number;
}

export interface PairOptions {
  pinning: Pinning;
  /** A server script in dist/bench speaking the bench-server-control protocol. */
  script: string;
  baseMode: string;
  variantMode: string;
  env: NodeJS.ProcessEnv;
  /** The chat-completions request body every request carries. */
  body: string;
  connections?: number;
  /** Blocks in all; they are split evenly over `pairs` pairs of fresh server processes. */
  blocks?: number;
  pairs?: number;
  slicesPerBlock?: number;
  sliceMs?: number;
  /** Slices each server runs before the first block (alternating, like the blocks); default WARM_UP_SLICES. */
  warmUpSlices?: number;
}

/**
 * Warm-up slices per server before measuring: 300 (a minute of the pair's time). With 10 (two
 * seconds), the sampled 0.25% alone measured 0.965–0.976 against SAMPLE_RATE 0; after a minute, 0.991
 * (AMD EPYC, 2026-12-06). Code that runs for 1 in 400 requests is still being compiled and
 * re-optimised by V8 seconds into a server's life, on its background threads, which the CPU ratio
 * counts; a gateway pays that once, not per request, so the benchmark measures the steady state.
 */
export const WARM_UP_SLICES = 300;

const DEFAULT_CONNECTIONS = 16;

interface Load {
  /** Drives the server for `ms`, then lets the requests in flight finish; resolves to responses counted. */
  run(ms: number): Promise<number>;
  close(): void;
}

/**
 * Keep-alive load from raw sockets, one request in flight on each: the next request is written when
 * the last byte of the previous response arrives, each with its own x-request-id (the sampling key).
 * A node:http client costs about as much CPU per request as the server it drives and would be a
 * second bottleneck; this one reads into one fixed buffer per socket and only counts bytes, which
 * needs the server's responses to be of one length (the benchmark servers answer the same 200).
 */
async function openLoad(port: number, connections: number, body: string): Promise<Load> {
  const idBase = randomBytes(6).toString('hex');
  const head = `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${idBase}-`;
  const tail = `\r\n\r\n${body}`;
  let seq = 0;
  let done = 0;
  let inFlight = 0;
  let running = false;
  let idle: (() => void) | undefined;
  const send = (socket: Socket) => socket.write(head + seq++ + tail, 'latin1');
  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      let responseBytes = 0; // learnt from the first response
      let first = '';
      let pending = 0;
      const buffer = Buffer.alloc(64 * 1024);
      const socket: Socket = connect({
        port,
        host: '127.0.0.1',
        noDelay: true,
        onread: {
          buffer,
          callback(n) {
            if (responseBytes === 0) {
              first += buffer.toString('latin1', 0, n);
              responseBytes = firstResponseLength(first);
              if (responseBytes === 0) return true;
              pending = first.length;
            } else pending += n;
            while (pending >= responseBytes) {
              pending -= responseBytes;
              done++;
              if (running) send(socket);
              else if (--inFlight === 0) idle?.();
            }
            return true;
          },
        },
      });
      socket.once('error', reject);
      socket.once('connect', () => resolve(socket));
    });
  const sockets = await Promise.all(Array.from({ length: connections }, open));
  return {
    async run(ms) {
      const start = done;
      running = true;
      inFlight = sockets.length;
      const drained = new Promise<void>((resolve) => (idle = resolve));
      for (const socket of sockets) send(socket);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running = false;
      await drained;
      return done - start;
    },
    close: () => sockets.forEach((socket) => socket.destroy()),
  };
}

/** Bytes of the first complete response in `text` (Content-Length or chunked), 0 while incomplete. */
function firstResponseLength(text: string): number {
  if (!text.startsWith('HTTP/1.1 200')) {
    if (text.length >= 12) throw new Error(`benchmark server answered ${JSON.stringify(text.slice(0, 40))}`);
    return 0;
  }
  const headerEnd = text.indexOf('\r\n\r\n');
  if (headerEnd < 0) return 0;
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, headerEnd));
  if (length) {
    const end = headerEnd + 4 + Number(length[1]);
    return text.length >= end ? end : 0;
  }
  const lastChunk = text.indexOf('\r\n0\r\n\r\n', headerEnd);
  return lastChunk < 0 ? 0 : lastChunk + 7;
}

interface Server {
  child: ChildProcess;
  load: Load;
  ask<T>(message: string): Promise<T>;
}

async function startServer(options: PairOptions, mode: string): Promise<Server> {
  const child = forkServer(options.pinning, packagePath('dist', 'bench', options.script), [mode], { PATH: process.env.PATH, ...options.env });
  // A server that dies fails the question waiting for its answer instead of hanging the benchmark.
  let failWaiting: ((err: Error) => void) | undefined;
  child.once('exit', (code) => failWaiting?.(new Error(`benchmark server (${mode}) exited with ${code}`)));
  const ask = <T>(message?: string) =>
    new Promise<T>((resolve, reject) => {
      failWaiting = reject;
      child.once('message', (m) => resolve(m as T));
      if (message) child.send(message);
    });
  const { port } = await ask<{ port: number }>();
  return { child, load: await openLoad(port, options.connections ?? DEFAULT_CONNECTIONS, options.body), ask };
}

export async function comparePair(options: PairOptions): Promise<PairResult> {
  const { connections = DEFAULT_CONNECTIONS, blocks = 9, pairs = 3, slicesPerBlock = 30, sliceMs = 100, warmUpSlices = WARM_UP_SLICES } = options;
  const result: PairResult = { connections, slicesPerBlock, sliceMs, warmUpSlices, blocks: [], medianRatio: 0, medianCpuRatio: 0, variantSampled: 0 };
  for (let pair = 0; pair < pairs; pair++) {
    const blocksHere = Math.floor(blocks / pairs) + (pair < blocks % pairs ? 1 : 0);
    await runPair(options, pair, blocksHere, result);
  }
  result.medianRatio = median(result.blocks.map((b) => b.variantRps / b.baseRps));
  result.medianCpuRatio = median(result.blocks.map(blockCpuRatio));
  return result;
}

/** One pair of server processes (started base first on even pairs, variant first on odd ones) for `blocks` blocks. */
async function runPair(options: PairOptions, pair: number, blocks: number, result: PairResult): Promise<void> {
  const { slicesPerBlock, sliceMs, warmUpSlices } = result;
  const [first, second] = pair % 2 === 0 ? [options.baseMode, options.variantMode] : [options.variantMode, options.baseMode];
  const started = [await startServer(options, first)];
  try {
    started.push(await startServer(options, second));
    const [base, variant] = pair % 2 === 0 ? [started[0]!, started[1]!] : [started[1]!, started[0]!];
    for (let i = 0; i < warmUpSlices; i++) for (const server of [base, variant]) await server.load.run(sliceMs); // warm-up: JIT, caches
    let sampled = 0; // the variant's count so far, warm-up included
    for (let block = 0; block < blocks; block++) {
      await base.ask('mark');
      await variant.ask('mark');
      let baseCount = 0;
      let variantCount = 0;
      for (let slice = 0; slice < slicesPerBlock; slice++) {
        // Alternate which server goes first, so neither always follows the other.
        const order = (slice + block) % 2 === 0 ? [base, variant] : [variant, base];
        for (const server of order) {
          const n = await server.load.run(sliceMs);
          if (server === base) baseCount += n;
          else variantCount += n;
        }
      }
      const seconds = (slicesPerBlock * sliceMs) / 1000;
      const baseReport = await base.ask<{ cpuUsPerRequest: number; backgroundUsPerRequest?: number }>('report');
      const variantReport = await variant.ask<{ cpuUsPerRequest: number; backgroundUsPerRequest?: number; sampled: number }>('report');
      sampled = variantReport.sampled;
      result.blocks.push({
        pair,
        baseRps: baseCount / seconds,
        variantRps: variantCount / seconds,
        baseCpuUs: baseReport.cpuUsPerRequest,
        variantCpuUs: variantReport.cpuUsPerRequest,
        baseBackgroundUs: baseReport.backgroundUsPerRequest,
        variantBackgroundUs: variantReport.backgroundUsPerRequest,
      });
    }
    result.variantSampled += sampled;
  } finally {
    for (const server of started) {
      server.load.close();
      if (server.child.exitCode === null) server.child.send('stop');
    }
    await Promise.all(started.map((server) => new Promise((resolve) => (server.child.exitCode === null ? server.child.once('exit', resolve) : resolve(undefined)))));
  }
}

/**
 * Runs `fn` with this process pinned for the load generator (pinLoadGenerator) and a throwaway Redis
 * started after the pinning, so Redis shares the load generator's cores; `env` points a census at
 * that Redis with fresh keys. Unpins and stops Redis afterwards.
 */
export async function withPinnedRedis<T>(queueName: string, fn: (pinning: Pinning, env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  const pinning = pinLoadGenerator();
  const redis = await startRedisServer();
  try {
    return await fn(pinning, {
      REDIS_URL: redis.url,
      QUEUE_NAME: queueName,
      SAMPLER_KEY: randomBytes(32).toString('hex'),
      PAYLOAD_KEY: randomBytes(32).toString('base64'),
    });
  } finally {
    await redis.destroy();
    unpin(pinning);
  }
}
