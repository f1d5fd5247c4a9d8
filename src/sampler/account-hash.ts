// Account ids never leave ingest: they are replaced by HMAC-SHA256(SAMPLER_KEY, accountId) cut to
// 16 bytes (DESIGN §2), enough to count distinct accounts and cap contributions, useless to reverse
// without the key. The sampling HMAC is domain-prefixed, so the two can never collide.
import { createHmac } from 'node:crypto';

export function hashAccount(key: string | Buffer, accountId: string): string {
  return createHmac('sha256', key).update(accountId, 'utf8').digest().subarray(0, 16).toString('hex');
}
