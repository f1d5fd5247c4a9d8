// What one Redis holds: Redis main-thread CPU and memory per queued event, for the prompt-census path
// (offer → sealed job → worker → Lua count) against bare BullMQ on the same number of jobs (no-op
// processor, tiny payload), measured in the same run on the same redis-server. CPU time, not wall
// time: Redis runs commands on one thread, so its CPU per job bounds the jobs/s one instance can take,
// and it moves less than throughput when other processes share the machine.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Queue, Worker } from 'bullmq';
import { Registry } from 'prom-client';
import type { PromptEvent } from '../schemas/event.js';
import { createCensus } from '../src/census.js';
import { createClassifier } from '../src/classify/create-classifier.js';
import { loadTaxonomy } from '../src/classify/taxonomy.js';
import { loadConfig, type Config } from '../src/config.js';
import { closeRedis, createRedis } from '../src/queue/redis-client.js';
import { packagePath } from '../src/util/package-root.js';
import { startWorker } from '../src/worker/worker.js';
import { fmtRate } from './machine.js';
import { startRedisServer } from './redis-server.js';
import { mulberry32 } from './synthetic-events.js';

export interface RedisCostResult {
  jobs: number;
  meanEventBytes: number;
  census: { cpuMicrosPerJob: number; commandsPerJob: number; bytesPerWaitingJob: number };
  bare: { cpuMicrosPerJob: number; commandsPerJob: number; bytesPerWaitingJob: number };
  maxSize: { chars: number; jobs: number; bytesPerWaitingJob: number };
}

interface RedisCounters {
  cpuSeconds: number;
  commands: number;
  usedMemory: number;
}

async function counters(url: string): Promise<RedisCounters> {
  const client = createRedis(url, 'reader');
  try {
    const info = await client.info();
    const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
    const main = field('used_cpu_sys_main_thread') + field('used_cpu_user_main_thread');
    const stats = await client.info('commandstats');
    const commands = [...stats.matchAll(/calls=(\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
    return { cpuSeconds: Number.isFinite(main) ? main : field('used_cpu_sys') + field('used_cpu_user'), commands, usedMemory: field('used_memory') };
  } finally {
    await closeRedis(client);
  }
}

let run = 0;
function configFor(redisUrl: string): Config {
  run++;
  return loadConfig({
    REDIS_URL: redisUrl,
    QUEUE_NAME: `bench-cost-${run}`,
    KEY_PREFIX: `{bench-cost-${run}}`,
    SAMPLER_KEY: 'bench-sampler-key-0123456789abcdef0123',
    PAYLOAD_KEY: randomBytes(32).toString('base64'),
    SAMPLE_RATE: '1',
    QUEUE_MAX_WAITING: '10000000',
    OFFER_BUFFER_SIZE: '100000',
    LOG_LEVEL: 'silent',
  });
}

async function offerAll(config: Config, events: PromptEvent[]): Promise<void> {
  const census = createCensus(config, { registry: new Registry() });
  while (!census.ready) await new Promise((resolve) => setTimeout(resolve, 20)); // waiting for the producer's connection
  for (let i = 0; i < events.length; i++) {
    census.offer(events[i]!);
    if (i % 1000 === 999) await census.flush();
  }
  await census.close();
}

function untilDone(worker: Worker, jobs: number): Promise<void> {
  let done = 0;
  return new Promise((resolve) => {
    const onDone = () => {
      if (++done === jobs) resolve();
    };
    worker.on('completed', onDone);
    worker.on('failed', onDone);
  });
}

/** The example traffic (examples/prompts.ndjson) cycled to `count` events with distinct ids. */
function exampleEvents(count: number): PromptEvent[] {
  const lines = readFileSync(packagePath('examples', 'prompts.ndjson'), 'utf8').split('\n').filter((l) => l.trim());
  return Array.from({ length: count }, (_, i) => ({ ...(JSON.parse(lines[i % lines.length]!) as PromptEvent), id: `cost-${run}-${i}` }));
}

export async function runRedisCostBench(jobs = 20_000, maxSizeJobs = 2_000): Promise<RedisCostResult> {
  const redis = await startRedisServer();
  try {
    // prompt-census: offer (sampled at rate 1, sealed, queued), then one worker with the local classifier.
    const config = configFor(redis.url);
    const events = exampleEvents(jobs);
    const meanEventBytes = events.reduce((s, e) => s + JSON.stringify(e).length, 0) / jobs;
    const c0 = await counters(redis.url);
    await offerAll(config, events);
    const c1 = await counters(redis.url);
    const running = startWorker(config, { classifier: createClassifier(config), taxonomy: loadTaxonomy(), registry: new Registry() });
    await untilDone(running.worker, jobs);
    await running.close();
    const c2 = await counters(redis.url);

    // Bare BullMQ: the same number of jobs added in bulk with a tiny payload, a no-op processor.
    const bareConfig = configFor(redis.url);
    const connection = createRedis(redis.url, 'worker');
    const queue = new Queue(bareConfig.queueName, { connection });
    const b0 = await counters(redis.url);
    for (let i = 0; i < jobs; i += 500) {
      await queue.addBulk(Array.from({ length: Math.min(500, jobs - i) }, (_, k) => ({ name: 'e', data: { n: i + k }, opts: { removeOnComplete: true, removeOnFail: true } })));
    }
    const b1 = await counters(redis.url);
    // BullMQ leaves a connection it was handed open on close(); this one is closed below, or its
    // reconnect loop outlives the throwaway redis-server and keeps the process alive.
    const workerConnection = createRedis(redis.url, 'worker');
    const worker = new Worker(bareConfig.queueName, async () => undefined, { connection: workerConnection, concurrency: bareConfig.workerConcurrency, autorun: false });
    const done = untilDone(worker, jobs);
    void worker.run();
    await done;
    await worker.close();
    await queue.close();
    await closeRedis(connection);
    await closeRedis(workerConnection);
    const b2 = await counters(redis.url);

    // Largest jobs: conversations long enough that the transcript is cut to MAX_CLASSIFY_CHARS (turns of
    // MAX_TURN_CHARS each, random words so nothing about them is regular), queued and left waiting.
    const maxConfig = configFor(redis.url);
    const chars = maxConfig.maxClassifyChars;
    const turns = Math.ceil(chars / maxConfig.maxTurnChars) + 1;
    const random = mulberry32(7);
    const words = () => Array.from({ length: maxConfig.maxTurnChars / 5 }, () => Math.floor(random() * 36 ** 4).toString(36)).join(' ');
    const big = exampleEvents(maxSizeJobs).map(
      (e) => ({ id: e.id, timestamp: e.timestamp, messages: Array.from({ length: turns }, (_, t) => ({ role: t % 2 ? 'assistant' : 'user', content: words() })) }) as PromptEvent,
    );
    const m0 = await counters(redis.url);
    await offerAll(maxConfig, big);
    const m1 = await counters(redis.url);

    return {
      jobs,
      meanEventBytes,
      census: {
        cpuMicrosPerJob: ((c2.cpuSeconds - c0.cpuSeconds) * 1e6) / jobs,
        commandsPerJob: (c2.commands - c0.commands) / jobs,
        bytesPerWaitingJob: (c1.usedMemory - c0.usedMemory) / jobs,
      },
      bare: {
        cpuMicrosPerJob: ((b2.cpuSeconds - b0.cpuSeconds) * 1e6) / jobs,
        commandsPerJob: (b2.commands - b0.commands) / jobs,
        bytesPerWaitingJob: (b1.usedMemory - b0.usedMemory) / jobs,
      },
      maxSize: { chars, jobs: maxSizeJobs, bytesPerWaitingJob: (m1.usedMemory - m0.usedMemory) / maxSizeJobs },
    };
  } finally {
    await redis.destroy();
  }
}

export function formatRedisCostBench(r: RedisCostResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const line = (label: string, x: RedisCostResult['census']) =>
    `  ${label}${x.cpuMicrosPerJob.toFixed(0)} µs Redis CPU/job (ceiling ≈ ${fmtRate(1e6 / x.cpuMicrosPerJob)} per Redis core), ${x.commandsPerJob.toFixed(1)} commands/job, ${kb(x.bytesPerWaitingJob)} per waiting job`;
  return [
    `redis cost per job, ${r.jobs.toLocaleString('en-US')} jobs each, redis-server on loopback (main-thread CPU from INFO)`,
    line('bare BullMQ (no-op, tiny payload):          ', r.bare),
    line(`prompt-census (example events, ~${Math.round(r.meanEventBytes)} B JSON): `, r.census),
    `  ratio prompt-census / bare, Redis CPU per job: ${(r.census.cpuMicrosPerJob / r.bare.cpuMicrosPerJob).toFixed(2)}`,
    `  a waiting job whose transcript is MAX_CLASSIFY_CHARS (${r.maxSize.chars.toLocaleString('en-US')}) long: ${kb(r.maxSize.bytesPerWaitingJob)} (${r.maxSize.jobs.toLocaleString('en-US')} jobs)`,
  ].join('\n');
}
