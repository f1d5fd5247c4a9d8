// Flags shared by `export` and `report --store`: the bucket range and where the audit log and the
// DP budget ledger live.
import { dirname, join } from 'node:path';
import type { SnapshotRange } from '../aggregate/record.js';
import { UsageError } from '../errors/index.js';
import type { RecordPaths } from '../release/release-store.js';

export const DEFAULT_AUDIT_LOG = 'prompt-census-audit.jsonl';
export const LEDGER_FILE = 'prompt-census-dp-ledger.jsonl';

export const releaseFlagOptions = {
  store: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  'audit-log': { type: 'string' },
  'dp-ledger': { type: 'string' },
} as const;

export const releaseFlagUsage = `  --store FILE|redis   aggregates to release: a snapshot file (run --save-snapshot) or Redis (REDIS_URL)
  --since TIME         first bucket to include (ISO date or time, inclusive)
  --until TIME         end of the range (exclusive)
  --audit-log FILE     audit log to append to (default ${DEFAULT_AUDIT_LOG})
  --dp-ledger FILE     DP budget ledger (default ${LEDGER_FILE} beside the audit log)`;

function isoFlag(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(String(value));
  if (!Number.isFinite(ms)) throw new UsageError(`--${flag} must be an ISO date or time (e.g. 2026-11-02)`);
  return new Date(ms).toISOString();
}

export function rangeFromFlags(values: Record<string, unknown>): SnapshotRange {
  const range: SnapshotRange = {};
  const from = isoFlag('since', values.since);
  const to = isoFlag('until', values.until);
  if (from !== undefined) range.from = from;
  if (to !== undefined) range.to = to;
  if (from !== undefined && to !== undefined && from >= to) throw new UsageError('--since must be before --until');
  return range;
}

export function recordPathsFromFlags(values: Record<string, unknown>): RecordPaths {
  const auditLog = typeof values['audit-log'] === 'string' ? values['audit-log'] : DEFAULT_AUDIT_LOG;
  const dpLedger = typeof values['dp-ledger'] === 'string' ? values['dp-ledger'] : join(dirname(auditLog), LEDGER_FILE);
  return { auditLog, dpLedger };
}
