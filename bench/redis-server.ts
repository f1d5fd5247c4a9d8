// Throwaway redis-server processes for tests and benchmarks: a free port, its own temp dir, no
// persistence unless asked, noeviction. Can be stopped and restarted on the same port (outage tests).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface RedisServerOptions {
  /** Keep data across stop/start (append-only file, fsync always). Default false. */
  persist?: boolean;
  /**
   * Run with a deployment's own settings instead of the defaults above (persistence and eviction
   * policy come from these only): a redis.conf, and/or command-line flags. Port, bind address and
   * directory are still this helper's.
   */
  asConfigured?: { configFile?: string; args?: string[] };
}

export interface ThrowawayRedis {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGTERM, waits for exit). */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it answers. */
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  destroy(): Promise<void>;
}

const INSTALL_HINT = 'redis-server not found on PATH: install it (`apt-get install redis-server`, or `brew install redis`) or set REDIS_URL';

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPing(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      if (Date.now() > until) throw new Error(`redis-server at ${url} did not answer within ${deadlineMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50)); // polling interval while the server starts
    } finally {
      client.disconnect();
    }
  }
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<ThrowawayRedis> {
  if (!hasRedisServer()) throw new Error(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'pc-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const own = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'];
  const configured = options.asConfigured;
  const args = configured
    ? [...(configured.configFile ? [configured.configFile] : []), ...own, ...(configured.args ?? [])]
    : [...own, '--save', '', '--maxmemory-policy', 'noeviction', '--appendonly', options.persist ? 'yes' : 'no', ...(options.persist ? ['--appendfsync', 'always'] : [])];
  let child: ChildProcess | undefined;

  const start = async () => {
    const proc = spawn('redis-server', args, { stdio: 'ignore' });
    child = proc;
    await waitForPing(url, 10_000);
  };
  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };
  await start();
  return {
    url,
    port,
    start,
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
