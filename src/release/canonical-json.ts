// Canonical JSON (keys sorted, no whitespace) and SHA-256 over it: the digests in the audit log must
// come out the same whichever program wrote or re-reads the rows, so key order can't matter.
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives the ES number form RFC 8785 uses; undefined/functions are not data here.
    if (value === undefined) throw new TypeError('canonicalJson: undefined is not JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const digestOf = (value: unknown): string => sha256Hex(canonicalJson(value));
