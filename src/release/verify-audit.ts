// `audit verify`: checks the audit log's chain (and the DP ledger's), then each exported rows file
// against the entry that released it: every row holds only allowed fields and values, and the rows'
// digest is the one the entry recorded. The first failure throws an AuditError naming the entry.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Taxonomy } from '../../schemas/taxonomy.js';
import { AuditError } from '../errors/index.js';
import { digestOf } from './canonical-json.js';
import { readChain } from './chained-log.js';
import { checkRow } from './check-rows.js';
import { LEDGER_LABEL } from './dp-ledger.js';
import { parseRowsFile } from './parse-rows.js';
import { taxonomyDigest } from './release-settings.js';
import { AUDIT_LABEL, rowsDigest, type AuditEntry } from './release-store.js';

export interface VerifyOptions {
  logPath: string;
  rowsFiles: readonly string[];
  /** Which entry the rows files belong to; default: the latest entry naming the file. */
  entrySeq?: number;
  ledgerPath?: string;
  /** Expected hash of the last entry, recorded elsewhere: catches truncation and wholesale rewrites. */
  head?: string;
  taxonomy: Taxonomy;
}

export interface VerifyReport {
  entries: number;
  head: string | null;
  rows: Array<{ file: string; seq: number; rowCount: number }>;
  ledgerEntries: number | null;
  auditEntries: AuditEntry[];
}

function entryFor(entries: readonly AuditEntry[], file: string, seq: number | undefined): AuditEntry {
  if (seq !== undefined) {
    const entry = entries.find((e) => e.seq === seq);
    if (!entry) throw new AuditError(`no audit entry with seq ${seq}`);
    return entry;
  }
  const name = basename(file);
  const entry = entries.findLast((e) => e.output?.file === name);
  if (!entry) throw new AuditError(`rows ${name}: no audit entry names this file (pass --entry SEQ)`);
  return entry;
}

function checkTaxonomy(entry: AuditEntry, where: string, taxonomy: Taxonomy): void {
  if (entry.config?.taxonomyDigest !== taxonomyDigest(taxonomy)) {
    throw new AuditError(`${where}: released under a different taxonomy than TAXONOMY_FILE loads now`, entry.seq);
  }
}

/** Checks rows against the entry that released them; returns how many there were. */
function checkReleasedRows(parsed: ReadonlyArray<{ line: number; value: unknown }>, entry: AuditEntry, where: string, taxonomy: Taxonomy): number {
  const rows = parsed.map(({ line, value }) => {
    const checked = checkRow(value, taxonomy);
    if (!checked.ok) throw new AuditError(`${where} line ${line}: ${checked.field}: ${checked.message}`, entry.seq);
    return checked.row;
  });
  if (rows.length !== entry.rowCount || rowsDigest(rows) !== entry.rowsDigest) {
    throw new AuditError(`${where}: rows do not match the rowsDigest of entry seq ${entry.seq} (${rows.length} rows, entry recorded ${entry.rowCount}): a row was altered, added, removed or reordered`, entry.seq);
  }
  return rows.length;
}

/**
 * The rows a PostgreSQL table holds for the latest export into it (that export replaced exactly its
 * buckets), checked like a rows file. `read` fetches them: this module stays free of the driver.
 */
export async function verifyTableRows(entries: readonly AuditEntry[], table: string, taxonomy: Taxonomy, read: (buckets: string[]) => Promise<unknown[]>): Promise<{ seq: number; rowCount: number }> {
  const entry = entries.findLast((e) => e.output?.format === 'postgres' && e.output.table === table);
  if (!entry) throw new AuditError(`table ${table}: no audit entry records an export into it`);
  const where = `entry seq ${entry.seq}, table ${table}`;
  checkTaxonomy(entry, where, taxonomy);
  const rows = await read(entry.buckets);
  return { seq: entry.seq, rowCount: checkReleasedRows(rows.map((value, i) => ({ line: i + 1, value })), entry, where.replace(/$/, ' row'), taxonomy) };
}

function verifyRowsFile(file: string, entry: AuditEntry, taxonomy: Taxonomy): number {
  const name = basename(file);
  const where = `entry seq ${entry.seq}, rows ${name}`;
  checkTaxonomy(entry, where, taxonomy);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new AuditError(`${where}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, entry.seq);
  }
  const parsed = parseRowsFile(text);
  if (!parsed.ok) throw new AuditError(`${where} line ${parsed.line}: ${parsed.message}`, entry.seq);
  return checkReleasedRows(parsed.rows, entry, where, taxonomy);
}

export function verifyAudit(options: VerifyOptions): VerifyReport {
  const entries = readChain(options.logPath, AUDIT_LABEL) as AuditEntry[];
  for (const entry of entries) {
    if (typeof entry.config !== 'object' || entry.config === null || digestOf(entry.config) !== entry.configDigest) {
      throw new AuditError(`entry seq ${entry.seq}: configDigest does not match the configuration it records`, entry.seq);
    }
  }
  const head = entries.at(-1)?.hash ?? null;
  if (options.head !== undefined && options.head !== head) {
    throw new AuditError(`the last entry (seq ${entries.at(-1)?.seq ?? 0}) is not the expected head: entries were removed from the end or the log was rewritten`, entries.at(-1)?.seq);
  }
  const rows = options.rowsFiles.map((file) => {
    const entry = entryFor(entries, file, options.entrySeq);
    return { file, seq: entry.seq, rowCount: verifyRowsFile(file, entry, options.taxonomy) };
  });
  const ledgerEntries = options.ledgerPath === undefined ? null : readChain(options.ledgerPath, LEDGER_LABEL).length;
  return { entries: entries.length, head, rows, ledgerEntries, auditEntries: entries };
}
