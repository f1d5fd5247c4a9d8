// Opens the aggregate store that `report` and `export` read: a snapshot file saved by
// `run --save-snapshot`, or (distributed mode) Redis.
import type { Config } from '../config.js';
import { UsageError } from '../errors/index.js';
import { readSnapshotFile, SnapshotStore } from './snapshot-store.js';
import type { AggregateStore } from './store.js';

export interface OpenedStore {
  store: AggregateStore;
  /** Sample rate and bucket the counts were made with (from the snapshot, else from the config). */
  sampleRate: number;
  bucket: Config['bucket'];
}

/** `spec` is `redis` (REDIS_URL) or the path of a snapshot file. */
export async function openStore(spec: string, config: Config): Promise<OpenedStore> {
  if (spec === 'redis') {
    throw new UsageError('--store redis is not available in this build');
  }
  const file = readSnapshotFile(spec);
  return { store: new SnapshotStore(file), sampleRate: file.sampleRate, bucket: file.bucket };
}
