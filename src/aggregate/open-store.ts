// Opens the aggregate store that `report` and `export` read: a snapshot file saved by
// `run --save-snapshot`, or (distributed mode) Redis.
import type { Config } from '../config.js';
import { openRedisStore } from './redis-store.js';
import { readSnapshotFile, SnapshotStore } from './snapshot-store.js';
import type { AggregateStore } from './store.js';

export interface OpenedStore {
  store: AggregateStore;
  /** Sample rate and bucket the counts were made with (from the snapshot, else from the config). */
  sampleRate: number;
  bucket: Config['bucket'];
  /** The per-account cap the counts were made under, when known. */
  accountSampleCap?: number | undefined;
}

/** `spec` is `redis` (REDIS_URL) or the path of a snapshot file. */
export async function openStore(spec: string, config: Config): Promise<OpenedStore> {
  if (spec === 'redis') {
    // The counts carry no sample rate or bucket of their own: the deployment's config says them.
    return { store: openRedisStore(config, 'reader'), sampleRate: config.sampleRate, bucket: config.bucket, accountSampleCap: config.accountSampleCap };
  }
  const file = readSnapshotFile(spec);
  return { store: new SnapshotStore(file), sampleRate: file.sampleRate, bucket: file.bucket, accountSampleCap: file.accountSampleCap };
}
