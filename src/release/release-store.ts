// One release from an aggregate store, shared by `export` and `report --store`: read the snapshot,
// apply the release rules (and DP noise), then record it — DP budget ledger first (the budget is spent
// once noise is drawn, even if writing the output then fails), the caller's output, then the audit
// entry that binds the rows' digest to the configuration they were produced under.
import type { AggregateRow } from '../../schemas/aggregate-row.js';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { openStore } from '../aggregate/open-store.js';
import type { SnapshotRange } from '../aggregate/record.js';
import type { Config } from '../config.js';
import { appendChained, readChain, type ChainedEntry } from './chained-log.js';
import { digestOf } from './canonical-json.js';
import { releaseRows, type ReleaseResult } from './build-rows.js';
import { bucketRates, recordedRates } from './bucket-rates.js';
import { categoriesOutside } from './taxonomy-check.js';
import { mixedKeyBuckets } from './sampler-keys.js';
import { mixedUnitBuckets, recordedUnits, unitsOtherThan } from './bucket-units.js';
import { appendLedger, LEDGER_LABEL } from './dp-ledger.js';
import type { RandomSource } from './random.js';
import { configDigest, releaseOptions, releaseSettings, type ReleaseSettings } from './release-settings.js';

export const AUDIT_LABEL = 'audit log';

export interface AuditOutput extends Record<string, unknown> {
  format: 'jsonl' | 'csv' | 'postgres' | 'html' | 'table' | 'json';
  /** Base name of the file written (never a directory path); null for stdout and PostgreSQL. */
  file: string | null;
  /** PostgreSQL table name; the URL (which may hold a password) is never recorded. */
  table: string | null;
}

export interface AuditBody extends Record<string, unknown> {
  configDigest: string;
  rowsDigest: string;
  rowCount: number;
  config: ReleaseSettings;
  output: AuditOutput;
  range: { since: string | null; until: string | null };
  buckets: string[];
  withheldGroups: number;
  foldedCells: number;
}

export type AuditEntry = ChainedEntry & AuditBody;

export interface StoreRelease extends ReleaseResult {
  settings: ReleaseSettings;
  configDigest: string;
  rowsDigest: string;
}

/**
 * What to tell a user whose release found no counts at all in Redis: most often a KEY_PREFIX (or
 * REDIS_URL) other than the workers'. Never the URL itself, which may hold a password.
 */
export function emptyStoreHint(spec: string, release: Pick<StoreRelease, 'bucketStarts'>, config: Pick<Config, 'keyPrefix'>, range: SnapshotRange): string | undefined {
  if (spec !== 'redis' || release.bucketStarts.length > 0) return undefined;
  const where = range.from !== undefined || range.to !== undefined ? ' in the range given' : '';
  return `the Redis store holds no counts under KEY_PREFIX ${config.keyPrefix}${where}; check KEY_PREFIX and REDIS_URL against the workers'`;
}

export const rowsDigest = (rows: readonly AggregateRow[]): string => digestOf(rows);

export async function releaseFromStore(spec: string, config: Config, taxonomy: Taxonomy, range: SnapshotRange, random?: RandomSource): Promise<StoreRelease> {
  const opened = await openStore(spec, config);
  let snapshot;
  try {
    snapshot = await opened.store.snapshot(range);
  } finally {
    await opened.store.close();
  }
  const units = recordedUnits(snapshot);
  const counts = {
    ...opened,
    sampleRates: recordedRates(bucketRates(snapshot, opened.sampleRate)),
    accountCaps: snapshot.accountCaps,
    tokenBounds: snapshot.tokenBounds,
    sliced: snapshot.cells.some((c) => c.model !== '' || c.app !== ''),
    outsideTaxonomy: categoriesOutside(snapshot.cells, taxonomy),
    mixedSamplerKeys: mixedKeyBuckets(snapshot),
    bucketUnits: unitsOtherThan(units, opened.bucket),
    mixedBucketUnits: mixedUnitBuckets(units),
  };
  const settings = releaseSettings(config, counts, taxonomy);
  const result = releaseRows(snapshot, { ...releaseOptions(settings, taxonomy), ...(random ? { random } : {}) });
  return { ...result, settings, configDigest: configDigest(settings), rowsDigest: rowsDigest(result.rows) };
}

export interface RecordPaths {
  auditLog: string;
  dpLedger: string;
}

/** Fails before anything is released when either chain is already broken. */
export function checkChains(paths: RecordPaths): void {
  readChain(paths.auditLog, AUDIT_LABEL);
  readChain(paths.dpLedger, LEDGER_LABEL);
}

/**
 * Runs `write` between the ledger entry and the audit entry, passing the seq the audit entry will
 * get (a report can show it); returns the audit entry.
 */
export async function recordRelease(release: StoreRelease, paths: RecordPaths, output: AuditOutput, range: SnapshotRange, write: (seq: number) => Promise<void>, now?: Date): Promise<AuditEntry> {
  const seq = readChain(paths.auditLog, AUDIT_LABEL).length + 1;
  readChain(paths.dpLedger, LEDGER_LABEL);
  if (release.settings.dp && release.bucketStarts.length > 0) appendLedger(paths.dpLedger, release.settings.dp, release.configDigest, release.bucketStarts, now);
  await write(seq);
  const body: AuditBody = {
    configDigest: release.configDigest,
    rowsDigest: release.rowsDigest,
    rowCount: release.rows.length,
    config: release.settings,
    output,
    range: { since: range.from ?? null, until: range.to ?? null },
    buckets: release.bucketStarts,
    withheldGroups: release.withheldGroups,
    foldedCells: release.foldedCells,
  };
  return appendChained(paths.auditLog, AUDIT_LABEL, body, now) as AuditEntry;
}
