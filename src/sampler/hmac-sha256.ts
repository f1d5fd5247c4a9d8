// HMAC-SHA256 of a fixed prefix plus a short string, for the sampling decision on the host's request
// path. node:crypto's createHmac costs ~2–5 µs a call here, almost all of it object setup across the
// JS/C++ boundary; this keeps the key's inner and outer SHA-256 midstates and hashes only the message
// blocks: ~0.15 µs with the optional native addon (x86 SHA extensions, native-hmac.ts), ~0.6–0.8 µs in
// the JS below where the addon is absent. Both are checked against node:crypto on random keys and
// messages (test/sampler/hmac-sha256.test.ts); anything not on the hot path uses node:crypto.
import { createHash } from 'node:crypto';
import { createNativeHmac } from './native-hmac.js';

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const BLOCK_BYTES = 64;
const schedule = new Int32Array(64);

/** One SHA-256 compression of 16 big-endian words of `words` at `offset` into `state`. */
function compress(state: Int32Array, words: Int32Array, offset: number): void {
  const w = schedule;
  for (let i = 0; i < 16; i++) w[i] = words[offset + i]!;
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]!;
    const b = w[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!, e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0; state[1] = (state[1]! + b) | 0; state[2] = (state[2]! + c) | 0; state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0; state[5] = (state[5]! + f) | 0; state[6] = (state[6]! + g) | 0; state[7] = (state[7]! + h) | 0;
}

/** The key as one block: keys longer than a block are hashed first (RFC 2104), shorter ones zero-padded. */
function keyBlock(key: Buffer): Buffer {
  const block = Buffer.alloc(BLOCK_BYTES);
  (key.length > BLOCK_BYTES ? createHash('sha256').update(key).digest() : key).copy(block);
  return block;
}

function padKey(block: Buffer, pad: number): Int32Array {
  const words = new Int32Array(16);
  for (let i = 0; i < 16; i++) words[i] = block.readInt32BE(i * 4) ^ pad;
  return words;
}

export interface PrefixedHmacOptions {
  /** Use the native addon where it is built and the CPU has SHA extensions. @defaultValue true */
  native?: boolean;
}

/** Which implementation createPrefixedHmac picks on this machine: 'native' or 'js'. */
export function prefixedHmacImplementation(): 'native' | 'js' {
  return createNativeHmac(new Uint8Array(BLOCK_BYTES), new Uint8Array(0), new Int32Array(new ArrayBuffer(32))) ? 'native' : 'js';
}

// The native addon takes at most 1,020 UTF-8 bytes of message; 340 UTF-16 units never exceed that.
const NATIVE_MAX_MESSAGE_LENGTH = 340;

/**
 * A function computing HMAC-SHA256(key, prefix + message) as eight big-endian 32-bit words. The
 * returned array is reused by the next call: copy what you keep.
 */
export function createPrefixedHmac(key: Buffer, prefix: string, options: PrefixedHmacOptions = {}): (message: string) => Int32Array {
  const block = keyBlock(key);
  const prefixBytes = new TextEncoder().encode(prefix);
  const portable = createPortableHmac(block, prefixBytes);
  if (options.native === false) return portable.hmac;
  const native = prefixBytes.length <= BLOCK_BYTES ? createNativeHmac(block, prefixBytes, portable.result) : null;
  if (!native) return portable.hmac;
  // Both write into the same array, so callers see one result whichever ran.
  return (message) => (message.length <= NATIVE_MAX_MESSAGE_LENGTH && native(message) ? portable.result : portable.hmac(message));
}

function createPortableHmac(block: Buffer, prefixBytes: Uint8Array): { hmac: (message: string) => Int32Array; result: Int32Array } {
  const inner = Int32Array.from(INITIAL);
  compress(inner, padKey(block, 0x36363636), 0);
  const outer = Int32Array.from(INITIAL);
  compress(outer, padKey(block, 0x5c5c5c5c), 0);

  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1024);
  let words = new Int32Array(256);
  bytes.set(prefixBytes);
  const state = new Int32Array(8);
  const outerBlock = new Int32Array(16);
  // Its own ArrayBuffer: the native addon keeps a pointer to this memory, which V8 never moves.
  const result = new Int32Array(new ArrayBuffer(32));

  const hmac = (message: string): Int32Array => {
    // UTF-8 of the message after the prefix; plain ASCII is copied without the encoder.
    const room = prefixBytes.length + message.length * 3 + 72;
    if (room > bytes.length) {
      const grown = new Uint8Array(room * 2);
      grown.set(prefixBytes);
      bytes = grown;
      words = new Int32Array(grown.length / 4);
    }
    let n = prefixBytes.length;
    for (let i = 0; i < message.length; i++) {
      const code = message.charCodeAt(i);
      if (code < 0x80) bytes[n++] = code;
      else {
        n += encoder.encodeInto(message.slice(i), bytes.subarray(n)).written;
        break;
      }
    }
    // SHA-256 padding: 0x80, zeros to 56 mod 64, then the bit length of (key block + data).
    const bitLength = (BLOCK_BYTES + n) * 8;
    bytes[n++] = 0x80;
    while (n % BLOCK_BYTES !== 56) bytes[n++] = 0;
    bytes[n++] = 0; bytes[n++] = 0; bytes[n++] = 0; bytes[n++] = 0;
    bytes[n++] = (bitLength >>> 24) & 0xff; bytes[n++] = (bitLength >>> 16) & 0xff; bytes[n++] = (bitLength >>> 8) & 0xff; bytes[n++] = bitLength & 0xff;
    for (let i = 0, j = 0; i < n; i += 4, j++) words[j] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;

    state.set(inner);
    for (let offset = 0; offset < n / 4; offset += 16) compress(state, words, offset);
    outerBlock.set(state);
    outerBlock[8] = 0x80000000;
    outerBlock.fill(0, 9, 15);
    outerBlock[15] = (BLOCK_BYTES + 32) * 8;
    result.set(outer);
    compress(result, outerBlock, 0);
    return result;
  };
  return { hmac, result };
}

// Two hex digits per byte value. Number#toString(16) takes V8's slow radix path for numbers of 2^31 and
// up, half of all words: eight of them cost microseconds, as much as the HMAC they print.
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Hex of the first `count` words of a digest from createPrefixedHmac (big-endian, as node:crypto prints it). */
export function wordsToHex(words: Int32Array, count: number): string {
  let hex = '';
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    hex += HEX_BYTE[(w >>> 24) & 0xff]! + HEX_BYTE[(w >>> 16) & 0xff]! + HEX_BYTE[(w >>> 8) & 0xff]! + HEX_BYTE[w & 0xff]!;
  }
  return hex;
}
