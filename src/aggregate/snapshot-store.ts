// A read-only store over a saved snapshot file (`run --save-snapshot FILE`), so `report` and
// `export` work on embedded results the same way they work on the Redis store.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { readUserFile } from '../util/read-user-file.js';
import { parseJsonOrThrow, parseOrThrow } from '../validation/zod-issues.js';
import { BUCKET_UNITS } from './bucket.js';
import type { AggregateSnapshot, SnapshotRange } from './record.js';
import { inRange, type AggregateStore } from './store.js';

const idLike = z.string().max(128);

export const snapshotFileSchema = z
  .object({
    format: z.literal('prompt-census/snapshot@1'),
    savedAt: z.iso.datetime(),
    sampleRate: z.number().min(0).max(1),
    /** The per-account cap the counts were made under (DP needs it to match the release's). */
    accountSampleCap: z.number().int().positive().optional(),
    bucket: z.enum(BUCKET_UNITS),
    snapshot: z.object({
      cells: z.array(
        z.object({
          bucketStart: z.iso.datetime(),
          dimension: idLike,
          category: idLike,
          model: idLike,
          app: idLike,
          sampledEvents: z.number().int().nonnegative(),
          promptTokens: z.number().int().nonnegative(),
          completionTokens: z.number().int().nonnegative(),
          chars: z.number().int().nonnegative(),
          distinctAccountsEst: z.number().int().nonnegative(),
        }).strict(),
      ),
      pii: z.array(z.object({ bucketStart: z.iso.datetime(), type: idLike, count: z.number().int().nonnegative() }).strict()),
      unclassifiedReasons: z.array(z.object({ bucketStart: z.iso.datetime(), reason: idLike, count: z.number().int().nonnegative() }).strict()),
      capped: z.array(z.object({ bucketStart: z.iso.datetime(), count: z.number().int().nonnegative() }).strict()).optional(),
      sampleRates: z.array(z.object({ bucketStart: z.iso.datetime(), rate: z.number().gt(0).max(1), count: z.number().int().nonnegative() }).strict()).optional(),
      accountCaps: z.array(z.object({ bucketStart: z.iso.datetime(), cap: z.number().int().nonnegative(), count: z.number().int().nonnegative() }).strict()).optional(),
      tokenBounds: z.array(z.object({ bucketStart: z.iso.datetime(), maxTokens: z.number().int().min(1), count: z.number().int().nonnegative() }).strict()).optional(),
      samplerKeys: z.array(z.object({ bucketStart: z.iso.datetime(), keyId: z.string().regex(/^[0-9a-f]{16}$/), count: z.number().int().nonnegative() }).strict()).optional(),
      bucketUnits: z.array(z.object({ bucketStart: z.iso.datetime(), bucket: z.enum(BUCKET_UNITS), count: z.number().int().nonnegative() }).strict()).optional(),
    }).strict(),
  })
  .strict();

export type SnapshotFile = z.output<typeof snapshotFileSchema>;

export function writeSnapshotFile(
  path: string,
  snapshot: AggregateSnapshot,
  meta: { sampleRate: number; bucket: SnapshotFile['bucket']; accountSampleCap?: number | undefined },
): void {
  // Pick the two fields explicitly: callers pass the whole config, which holds secrets.
  const file: SnapshotFile = { format: 'prompt-census/snapshot@1', savedAt: new Date().toISOString(), sampleRate: meta.sampleRate, bucket: meta.bucket, ...(meta.accountSampleCap !== undefined ? { accountSampleCap: meta.accountSampleCap } : {}), snapshot };
  writeFileSync(path, JSON.stringify(file) + '\n', { mode: 0o600 });
}

export function readSnapshotFile(path: string): SnapshotFile {
  const raw = readUserFile(path);
  return parseOrThrow(snapshotFileSchema, parseJsonOrThrow(raw));
}

export class SnapshotStore implements AggregateStore {
  constructor(readonly file: SnapshotFile) {}

  async apply(): Promise<boolean> {
    throw new Error('a snapshot file is read-only');
  }

  async snapshot(range?: SnapshotRange): Promise<AggregateSnapshot> {
    const { cells, pii, unclassifiedReasons, capped = [], sampleRates = [], accountCaps = [], tokenBounds = [], samplerKeys = [], bucketUnits = [] } = this.file.snapshot;
    return {
      cells: cells.filter((c) => inRange(c.bucketStart, range)),
      pii: pii.filter((p) => inRange(p.bucketStart, range)),
      unclassifiedReasons: unclassifiedReasons.filter((u) => inRange(u.bucketStart, range)),
      capped: capped.filter((c) => inRange(c.bucketStart, range)),
      sampleRates: sampleRates.filter((r) => inRange(r.bucketStart, range)),
      accountCaps: accountCaps.filter((c) => inRange(c.bucketStart, range)),
      tokenBounds: tokenBounds.filter((t) => inRange(t.bucketStart, range)),
      samplerKeys: samplerKeys.filter((k) => inRange(k.bucketStart, range)),
      bucketUnits: bucketUnits.filter((u) => inRange(u.bucketStart, range)),
    };
  }

  async close(): Promise<void> {}
}
