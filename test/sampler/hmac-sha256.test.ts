// The hot-path HMAC must equal node:crypto's on every key and message shape: empty, ASCII, non-ASCII
// (2-, 3- and 4-byte UTF-8, lone surrogates), messages across block boundaries, keys longer than a block;
// both the native addon (where this machine has it) and the JS implementation.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrefixedHmac, prefixedHmacImplementation, type PrefixedHmacOptions } from '../../src/sampler/hmac-sha256.js';
import { NATIVE_HMAC_PATH } from '../../src/sampler/native-hmac.js';
import { mulberry32 } from '../support/events.js';

const PREFIX = 'prompt-census/v1\n';

function reference(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(PREFIX, 'utf8').update(message, 'utf8').digest('hex');
}

function hex(words: Int32Array): string {
  return Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
}

const random = mulberry32(2026);
const ALPHABET = ['a', 'Z', '7', '-', ' ', 'é', 'ß', '日', '本', '🙂', '\u{10ffff}', '\ud800', '\u0000', '\n'];
function randomMessage(maxLength: number): string {
  const length = Math.floor(random() * maxLength);
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)]!;
  return s;
}

describe.each<[string, PrefixedHmacOptions]>([
  ['default (native where available)', {}],
  ['JS', { native: false }],
])('createPrefixedHmac, %s', (_name, options) => {
  it('equals node:crypto on every message length across the block boundaries', () => {
    const key = Buffer.from('x'.repeat(40));
    const hmac = createPrefixedHmac(key, PREFIX, options);
    for (let length = 0; length <= 300; length++) {
      const message = 'q'.repeat(length);
      expect(hex(hmac(message)), `length ${length}`).toBe(reference(key, message));
    }
  });

  it('equals node:crypto on random keys (0–200 bytes) and random Unicode messages', () => {
    for (let round = 0; round < 300; round++) {
      const key = randomBytes(Math.floor(random() * 200));
      const hmac = createPrefixedHmac(key, PREFIX, options);
      for (let i = 0; i < 10; i++) {
        const message = randomMessage(i < 8 ? 60 : 600);
        expect(hex(hmac(message))).toBe(reference(key, message));
      }
    }
  });

  it('handles a message longer than its first buffer, then short ones again', () => {
    const key = randomBytes(32);
    const hmac = createPrefixedHmac(key, PREFIX, options);
    // Around the native addon's limits too: 340 UTF-16 units, 1,020 UTF-8 bytes.
    const edges = ['a'.repeat(340), 'a'.repeat(341), '日'.repeat(340), '🙂'.repeat(170), 'a'.repeat(337) + '🙂', 'a'.repeat(1020)];
    for (const message of ['short', '日本'.repeat(3000), 'short again', '🙂'.repeat(700), ...edges, 'short']) {
      expect(hex(hmac(message))).toBe(reference(key, message));
    }
  });
});

// CI builds the addon (npm ci runs scripts/build-native.mjs). Where the CPU has SHA extensions the
// default must be the native one, or hosts silently pay the slower JS on every request.
function cpuHasShaExtensions(): boolean | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  return /^flags\s*:.*\bsha_ni\b/m.test(readFileSync('/proc/cpuinfo', 'utf8'));
}

describe('implementation choice', () => {
  it('is native exactly where the CPU has SHA extensions', () => {
    const sha = cpuHasShaExtensions();
    const implementation = prefixedHmacImplementation();
    if (sha === undefined) expect(['native', 'js']).toContain(implementation);
    else expect(implementation, sha ? `SHA extensions but no addon at ${NATIVE_HMAC_PATH}: run node scripts/build-native.mjs` : 'no SHA extensions').toBe(sha ? 'native' : 'js');
  });
});
