// The hot-path HMAC must equal node:crypto's on every key and message shape: empty, ASCII, non-ASCII
// (2-, 3- and 4-byte UTF-8, lone surrogates), messages across block boundaries, keys longer than a block.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrefixedHmac } from '../../src/sampler/hmac-sha256.js';
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

describe('createPrefixedHmac', () => {
  it('equals node:crypto on every message length across the block boundaries', () => {
    const key = Buffer.from('x'.repeat(40));
    const hmac = createPrefixedHmac(key, PREFIX);
    for (let length = 0; length <= 300; length++) {
      const message = 'q'.repeat(length);
      expect(hex(hmac(message)), `length ${length}`).toBe(reference(key, message));
    }
  });

  it('equals node:crypto on random keys (0–200 bytes) and random Unicode messages', () => {
    for (let round = 0; round < 300; round++) {
      const key = randomBytes(Math.floor(random() * 200));
      const hmac = createPrefixedHmac(key, PREFIX);
      for (let i = 0; i < 10; i++) {
        const message = randomMessage(i < 8 ? 60 : 600);
        expect(hex(hmac(message))).toBe(reference(key, message));
      }
    }
  });

  it('handles a message longer than its first buffer, then short ones again', () => {
    const key = randomBytes(32);
    const hmac = createPrefixedHmac(key, PREFIX);
    for (const message of ['short', '日本'.repeat(3000), 'short again', '🙂'.repeat(700)]) {
      expect(hex(hmac(message))).toBe(reference(key, message));
    }
  });
});
