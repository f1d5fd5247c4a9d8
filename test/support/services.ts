// Sidecar and worker child processes (the built binary) for distributed tests, plus polling helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { packagePath } from '../../src/util/package-root.js';

export interface Service {
  readonly child: ChildProcess;
  /** Port from the service's start-up log line (sidecar PORT or worker METRICS_PORT). */
  readonly port: number;
  /** Everything the process wrote to stderr (its pino log) so far. */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
}

export function distributedEnv(redisUrl: string, names: { keyPrefix: string; queueName: string }, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    REDIS_URL: redisUrl,
    QUEUE_NAME: names.queueName,
    KEY_PREFIX: names.keyPrefix,
    SAMPLER_KEY: 'distributed-test-sampler-key-0123456789',
    PAYLOAD_KEY: `t1:${randomBytes(32).toString('base64')}`,
    SAMPLE_RATE: '1',
    PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'info',
    QUEUE_CHECK_INTERVAL_MS: '200',
    ...extra,
  };
}

const READY_MESSAGE = { sidecar: 'sidecar listening', worker: 'worker started' } as const;

export function spawnService(kind: 'sidecar' | 'worker', env: NodeJS.ProcessEnv, deadlineMs = 30_000): Promise<Service> {
  const entry = kind === 'worker' ? [packagePath('dist', 'workers', 'classify.js')] : [packagePath('dist', 'src', 'cli.js'), 'sidecar'];
  const child = spawn(process.execPath, entry, { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start within ${deadlineMs} ms:\n${stderr.slice(-2000)}`)), deadlineMs);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of chunk.split('\n')) {
        if (!line.includes(READY_MESSAGE[kind])) continue;
        const log = JSON.parse(line) as { port?: number; metricsPort?: number };
        clearTimeout(timer);
        resolve({
          child,
          port: (kind === 'sidecar' ? log.port : log.metricsPort)!,
          stderr: () => stderr,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${code} before starting:\n${stderr.slice(-2000)}`));
    });
  });
}

/**
 * Waits until a spawned service answers /readyz with 200. A sidecar listens before its Redis
 * connection is up and drops (and counts) what it samples until then, so a test that posts at once
 * would lose events to that race, as a host sending before its load balancer's readiness check would.
 */
export async function untilReady(service: Service, kind: string): Promise<void> {
  await waitFor(async () => (await fetch(`http://127.0.0.1:${service.port}/readyz`)).status === 200, `${kind} ready`);
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(check: () => Promise<T> | T, label: string, deadlineMs = 60_000, intervalMs = 50): Promise<NonNullable<T>> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs)); // polling interval, not a synchronisation sleep
  }
}

/** Value of a Prometheus sample such as `prompt_census_dropped_total{reason="buffer_full"}` in /metrics text. */
export function metricValue(metricsText: string, sample: string): number {
  for (const line of metricsText.split('\n')) {
    if (line.startsWith(sample + ' ')) return Number(line.slice(sample.length + 1));
  }
  return Number.NaN;
}
