// Redis connections for each role, with the options that role needs. The producer must fail fast
// (the host never waits on Redis); workers and the store wait for Redis to come back.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log.js';

export type RedisRole = 'producer' | 'worker' | 'store' | 'reader';

const ROLE_OPTIONS: Record<RedisRole, RedisOptions> = {
  // No offline queue: a command while disconnected fails at once instead of piling up in memory.
  producer: { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 },
  // BullMQ workers require maxRetriesPerRequest null: their blocking calls wait out reconnects.
  worker: { maxRetriesPerRequest: null },
  // The worker's aggregate writes: concurrent jobs' Lua calls share round trips.
  store: { maxRetriesPerRequest: 2, enableAutoPipelining: true },
  // export/report: one-shot reads; fail rather than hang when Redis is away.
  reader: { maxRetriesPerRequest: 1, connectTimeout: 5_000 },
};

/** Reconnects back off to at most 2 s, so a sidecar or worker notices a returning Redis quickly. */
const retryStrategy = (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2_000);

export function createRedis(url: string, role: RedisRole, logger?: Logger): Redis {
  const client = new Redis(url, { ...ROLE_OPTIONS[role], retryStrategy, connectionName: `prompt-census:${role}` });
  // Without a listener ioredis prints each failed reconnect to the console. Log once per outage.
  let down = false;
  client.on('error', (err: unknown) => {
    if (down) return;
    down = true;
    logger?.warn({ err, role }, 'redis unavailable');
  });
  client.on('ready', () => {
    if (down) logger?.info({ role }, 'redis available again');
    down = false;
  });
  return client;
}

/** Closes a client we own; quit politely when connected, disconnect otherwise. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // fall through: the connection went away while quitting
    }
  }
  client.disconnect();
}
