// Cryptocurrency wallet addresses, accepted only when their checksum holds: Bitcoin base58check
// (P2PKH/P2SH), Bitcoin bech32/bech32m (segwit), and Ethereum (EIP-55 mixed case, or plain hex
// after a 0x prefix, which has no checksum but no other common use at exactly 40 digits).
import { keccak_256 } from '@noble/hashes/sha3';
import { sha256 } from '@noble/hashes/sha2';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { eachUnglued, gluedBy, isWordChar } from '../scan.js';
import { hasDigits } from '../words.js';
import type { Detector, Span } from '../types.js';

const base58check = createBase58check(sha256);
const glued = gluedBy(isWordChar);
// Not glued to a word character before (checked in code, see scan.ts).
const BASE58 = /[13][1-9A-HJ-NP-Za-km-z]{25,34}(?!\w)/g;
const BECH32 = /(?:bc|tb)1[02-9ac-hj-np-z]{11,71}(?!\w)/gi;
const ETH = /0x[0-9a-fA-F]{40}(?!\w)/g;

function validBase58(value: string): boolean {
  try {
    const payload = base58check.decode(value);
    // Version byte 0x00 (P2PKH) or 0x05 (P2SH) and a 20-byte hash.
    return payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
  } catch {
    return false;
  }
}

function validBech32(value: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const lower = value.toLowerCase();
  for (const codec of [bech32, bech32m]) {
    try {
      codec.decode(lower as `${string}1${string}`, 90);
      return true;
    } catch {
      // try the other encoding
    }
  }
  return false;
}

function validEthereum(value: string): boolean {
  const hex = value.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const c = hex[i]!;
    if (/[a-f]/.test(c) && nibble >= 8) return false;
    if (/[A-F]/.test(c) && nibble < 8) return false;
  }
  return true;
}

export const cryptoDetector: Detector = {
  name: 'crypto',
  find(text) {
    const spans: Span[] = [];
    if (!hasDigits(text, 1)) return spans; // each shape starts with or holds a digit: 1/3, bc1/tb1, 0x
    const add = (valid: (value: string) => boolean) => (m: RegExpExecArray) => {
      if (valid(m[0])) spans.push({ start: m.index, end: m.index + m[0].length, type: 'CRYPTO' });
    };
    eachUnglued(text, BASE58, glued, add(validBase58));
    eachUnglued(text, BECH32, glued, add(validBech32));
    eachUnglued(text, ETH, glued, add(validEthereum));
    return spans;
  },
};
