// A public fingerprint of SAMPLER_KEY, recorded with the counts: HMAC-SHA256(key, "prompt-census/key-id")
// cut to 8 bytes. It tells the buckets counted under more than one key apart (a rotated or mismatched
// SAMPLER_KEY), where the same account has a different hash under each key, so distinct-account
// counts overstate and the per-account cap applies per key. It reveals nothing of the key or of any
// account hash or sampling decision: one more output of the same keyed function on a public message
// that no sampling message (prefixed "prompt-census/v1\n") can equal.
// Computed once per sampler (keyed-sampler.ts), which every sampled job's key id is read from.
import { createHmac } from 'node:crypto';

const KEY_ID_MESSAGE = 'prompt-census/key-id';

export function samplerKeyId(key: string | Buffer): string {
  return createHmac('sha256', key).update(KEY_ID_MESSAGE, 'utf8').digest().subarray(0, 8).toString('hex');
}
