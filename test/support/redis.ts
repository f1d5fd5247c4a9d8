// Redis for tests: REDIS_URL when set (shared; each test keeps to its own prefix and queue and cleans
// up), otherwise one throwaway redis-server per test file. Tests that stop Redis always start their own.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { startRedisServer, type ThrowawayRedis } from '../../bench/redis-server.js';

export { startRedisServer, type ThrowawayRedis };

export interface TestRedis {
  url: string;
  close(): Promise<void>;
}

export async function testRedis(): Promise<TestRedis> {
  const shared = process.env.REDIS_URL;
  if (shared) return { url: shared, close: async () => undefined };
  const server = await startRedisServer();
  return { url: server.url, close: () => server.destroy() };
}

/** A fresh key prefix (with its hash tag) and queue name for one test. */
export function uniqueNames(label: string): { keyPrefix: string; queueName: string } {
  const id = randomBytes(4).toString('hex');
  return { keyPrefix: `{pc-${label}-${id}}`, queueName: `pc-${label}-${id}` };
}

/** Deletes every key of a test's prefix and queue (SCAN, not KEYS, so a shared Redis isn't blocked). */
export async function cleanRedis(url: string, names: { keyPrefix: string; queueName: string }): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    for (const pattern of [`${names.keyPrefix}*`, `bull:${names.queueName}:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', pattern.replace(/[{}[\]]/g, '\\$&'), 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) await client.del(...keys);
      } while (cursor !== '0');
    }
  } finally {
    client.disconnect();
  }
}

/** Every key and value in a Redis, as text, for leak scans (strings, hashes, lists, sets, sorted sets, streams). */
export async function dumpRedis(url: string): Promise<{ keys: string[]; text: string }> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  const keys: string[] = [];
  const parts: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    for (const key of keys) {
      parts.push(key);
      const type = await client.type(key);
      switch (type) {
        case 'string':
          parts.push((await client.getBuffer(key))?.toString('latin1') ?? '');
          break;
        case 'hash':
          parts.push(...Object.entries(await client.hgetall(key)).flat());
          break;
        case 'list':
          parts.push(...(await client.lrange(key, 0, -1)));
          break;
        case 'set':
          parts.push(...(await client.smembers(key)));
          break;
        case 'zset':
          parts.push(...(await client.zrange(key, 0, -1, 'WITHSCORES')));
          break;
        case 'stream':
          for (const [id, fields] of await client.xrange(key, '-', '+')) parts.push(id, ...fields);
          break;
        default:
          parts.push(`<${type}>`);
      }
    }
  } finally {
    client.disconnect();
  }
  return { keys, text: parts.join('\n') };
}
