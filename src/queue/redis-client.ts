// Redis connections for each role, with the options that role needs. The producer must fail fast
// (the host never waits on Redis); workers and the store wait for Redis to come back.
import type { EventEmitter } from 'node:events';
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

/** How long closeRedis waits for a disconnected client's 'end'. */
const END_WAIT_MS = 1_000;

/**
 * Closes a client we own; quit politely when connected, disconnect otherwise. Resolves once the client
 * has ended, so whatever waited on it (BullMQ's connection setup) has settled by then.
 */
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
  if ((client.status as string) === 'end') return; // quit() may have ended it before failing
  let timer: NodeJS.Timeout | undefined;
  const ended = new Promise<void>((resolve) => {
    client.once('end', resolve);
    timer = setTimeout(resolve, END_WAIT_MS);
  });
  client.disconnect();
  await ended;
  clearTimeout(timer);
}

/**
 * BullMQ (5.x) re-emits a failed connection setup as 'error' on its connection object even after
 * close() has removed that object's listeners. A Queue or Worker closed during the Redis handshake
 * then throws inside a promise handler, and the unhandled rejection ends the host's process. A
 * listener that outlives close() absorbs it; call this after closing a Queue or Worker.
 */
export function absorbLateConnectionErrors(closed: object): void {
  const parts = closed as { connection?: unknown; blockingConnection?: unknown };
  for (const connection of [parts.connection, parts.blockingConnection]) {
    if (connection && typeof (connection as { on?: unknown }).on === 'function') (connection as EventEmitter).on('error', () => undefined);
  }
}
