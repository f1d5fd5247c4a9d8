// Account ids never leave ingest: they are replaced by HMAC-SHA256(SAMPLER_KEY, accountId) cut to
// 16 bytes (DESIGN §2), enough to count distinct accounts and cap contributions, useless to reverse
// without the key. The sampling HMAC is domain-prefixed, so the two can never collide.
import { createHmac } from 'node:crypto';
import { createPrefixedHmac, wordsToHex } from './hmac-sha256.js';

// The last string key's HMAC with its midstates kept (native where built): node:crypto's createHmac
// costs a few µs a call, paid by the host's process for every sampled event.
let last: { key: string; hmac: (message: string) => Int32Array } | undefined;

export function hashAccount(key: string | Buffer, accountId: string): string {
  if (typeof key !== 'string') return createHmac('sha256', key).update(accountId, 'utf8').digest().subarray(0, 16).toString('hex');
  if (last?.key !== key) last = { key, hmac: createPrefixedHmac(Buffer.from(key, 'utf8'), '') };
  return wordsToHex(last.hmac(accountId), 4);
}
