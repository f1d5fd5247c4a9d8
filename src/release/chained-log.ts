// Append-only JSONL files whose entries form a SHA-256 chain: entry n carries seq n, the previous
// entry's hash, and hash = sha256(prevHash + canonicalJson(entry without hash)). Deleting, inserting,
// reordering or editing an entry breaks the chain at that entry. Used by the audit log and the DP
// budget ledger. The chain has no secret: whoever can rewrite the whole file can rebuild it, so keep
// the head hash (printed by `audit verify`) somewhere else and check it with --head.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { AuditError } from '../errors/index.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEntry {
  seq: number;
  time: string;
  prevHash: string;
  hash: string;
  [field: string]: unknown;
}

export function entryHash(entry: Omit<ChainedEntry, 'hash'> & { hash?: unknown }): string {
  const { hash: _omit, ...body } = entry;
  return sha256Hex(entry.prevHash + canonicalJson(body));
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Reads and checks a whole chain; throws AuditError naming the first bad entry. */
export function readChain(path: string, label: string): ChainedEntry[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  lines.forEach((line, i) => {
    const where = `${label} line ${i + 1}`;
    let entry: ChainedEntry;
    try {
      entry = JSON.parse(line) as ChainedEntry;
    } catch {
      throw new AuditError(`${where}: not valid JSON`, i + 1);
    }
    if (typeof entry !== 'object' || entry === null || !Number.isInteger(entry.seq) || typeof entry.prevHash !== 'string' || typeof entry.hash !== 'string' || typeof entry.time !== 'string' || !HEX64.test(entry.hash)) {
      throw new AuditError(`${where}: not a chain entry (seq, time, prevHash, hash)`, i + 1);
    }
    const expected = i + 1;
    if (entry.seq !== expected) {
      throw new AuditError(`${where}: entry seq ${entry.seq} where seq ${expected} belongs: an entry was deleted, inserted or reordered`, entry.seq);
    }
    if (entry.prevHash !== prev) {
      throw new AuditError(`${where}: entry seq ${entry.seq}: prevHash is not the hash of entry seq ${expected - 1}: the chain was broken before it`, entry.seq);
    }
    if (entryHash(entry) !== entry.hash) {
      throw new AuditError(`${where}: entry seq ${entry.seq}: hash does not match its contents: the entry was altered`, entry.seq);
    }
    prev = entry.hash;
    entries.push(entry);
  });
  return entries;
}

/**
 * Appends one entry after checking the chain so far (appending to a broken chain would bury the
 * break). Single writer: run one export at a time per log.
 */
export function appendChained<T extends Record<string, unknown>>(path: string, label: string, body: T, now = new Date()): ChainedEntry & T {
  const entries = readChain(path, label);
  const last = entries.at(-1);
  const partial = { ...body, seq: (last?.seq ?? 0) + 1, time: now.toISOString(), prevHash: last?.hash ?? GENESIS_HASH };
  const entry = { ...partial, hash: entryHash(partial) } as ChainedEntry & T;
  appendFileSync(path, canonicalJson(entry) + '\n', { mode: 0o600 });
  return entry;
}
