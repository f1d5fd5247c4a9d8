// The aggregate store contract, met by the in-memory store (embedded mode) and the Redis store
// (distributed mode), so export and report read either the same way.
import type { AggregateRecord, AggregateSnapshot, SnapshotRange } from './record.js';

export interface AggregateStore {
  /**
   * Add one job's record atomically. Returns false, changing nothing, when the job id was already
   * applied: exactly-once counting on top of at-least-once delivery.
   */
  apply(record: AggregateRecord): Promise<boolean>;
  snapshot(range?: SnapshotRange): Promise<AggregateSnapshot>;
  close(): Promise<void>;
}

export function inRange(bucketStart: string, range: SnapshotRange | undefined): boolean {
  if (!range) return true;
  if (range.from !== undefined && bucketStart < range.from) return false;
  if (range.to !== undefined && bucketStart >= range.to) return false;
  return true;
}
