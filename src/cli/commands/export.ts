// `prompt-census export`: releases the aggregates of a store under the release rules (thresholds,
// complementary suppression, optional DP noise) as JSONL, CSV or into PostgreSQL, and appends an
// audit entry (and a DP ledger entry when noise was drawn).
import { renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadTaxonomy } from '../../classify/taxonomy.js';
import { loadConfig } from '../../config.js';
import { UsageError } from '../../errors/index.js';
import { formatCsv } from '../../release/format-csv.js';
import { formatJsonl } from '../../release/format-jsonl.js';
import { DEFAULT_TABLE, exportToPostgres, quoteTable } from '../../release/postgres-export.js';
import { checkChains, emptyStoreHint, recordRelease, releaseFromStore, type AuditOutput } from '../../release/release-store.js';
import { oneOf, parseFlags, type Command } from '../args.js';
import { write, type CliIo } from '../io.js';
import { rangeFromFlags, recordPathsFromFlags, releaseFlagOptions, releaseFlagUsage } from '../release-flags.js';

const usage = `Usage: prompt-census export --store FILE|redis [options]

Writes the released aggregate rows: cells below MIN_ACCOUNTS / MIN_EVENTS are folded into a
"suppressed" row (see docs/release.md), DP noise is added when DP_EPSILON is set, and every export
appends an entry to the audit log.

Options:
${releaseFlagUsage}
  --format F           jsonl | csv (default jsonl)
  --out FILE           write to FILE (default stdout)
  --to URL             write into PostgreSQL instead (postgres://…); re-exported buckets are replaced
  --table NAME         PostgreSQL table, NAME or SCHEMA.NAME (default ${DEFAULT_TABLE}); created if missing
  -h, --help           show this help`;

/** Connection failures name the code only: pg's messages can carry the host and user. */
function postgresFailure(err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  return Object.assign(new Error('PostgreSQL export failed'), { name: 'PostgresExportError', code: typeof code === 'string' ? code : 'error' });
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'release the aggregates of a store as JSONL, CSV or into PostgreSQL, with an audit entry',
  usage,
  run: runExport,
};

async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...releaseFlagOptions, format: { type: 'string' }, out: { type: 'string' }, to: { type: 'string' }, table: { type: 'string' } },
    usage,
  );
  if (positionals.length > 0) throw new UsageError(`export takes no positional arguments\n\n${usage}`);
  if (typeof values.store !== 'string') throw new UsageError(`export needs --store FILE|redis\n\n${usage}`);
  const format = oneOf('format', values.format as string | undefined, ['jsonl', 'csv'] as const, 'jsonl');
  const to = values.to as string | undefined;
  if (to !== undefined && !/^postgres(ql)?:\/\//.test(to)) throw new UsageError('--to must be a postgres:// URL');
  if (to !== undefined && values.out !== undefined) throw new UsageError('use either --to or --out');
  const table = (values.table as string | undefined) ?? DEFAULT_TABLE;
  quoteTable(table);

  const config = loadConfig(io.env, { mode: 'embedded' });
  const taxonomy = loadTaxonomy(config.taxonomyFile);
  const range = rangeFromFlags(values);
  const paths = recordPathsFromFlags(values);
  checkChains(paths);
  const release = await releaseFromStore(values.store, config, taxonomy, range);
  const out = values.out as string | undefined;
  const output: AuditOutput = to !== undefined
    ? { format: 'postgres', file: null, table }
    : { format, file: out === undefined ? null : basename(out), table: null };

  const text = () => (format === 'csv' ? formatCsv(release.rows) : formatJsonl(release.rows));
  const entry = await recordRelease(release, paths, output, range, async () => {
    if (to !== undefined) {
      await exportToPostgres(to, table, release.rows, release.bucketStarts).catch((err: unknown) => {
        throw postgresFailure(err);
      });
    } else if (out !== undefined) {
      // Write then rename, so a reader never sees half a file.
      writeFileSync(`${out}.tmp`, text(), { mode: 0o600 });
      renameSync(`${out}.tmp`, out);
    } else {
      await write(io.stdout, text());
    }
  });

  const summary = [
    `export: ${release.rows.length} rows over ${release.bucketStarts.length} bucket(s); ${release.foldedCells} cell(s) folded into suppressed rows`,
    release.withheldGroups > 0 ? `${release.withheldGroups} bucket/slice group(s) withheld whole (below the thresholds even folded)` : '',
    release.settings.outsideTaxonomy ? `categories outside the taxonomy (TAXONOMY_FILE), released without shares: ${release.settings.outsideTaxonomy.join(', ')}` : '',
    release.settings.mixedSamplerKeys ? `${Object.keys(release.settings.mixedSamplerKeys).length} bucket(s) counted under more than one SAMPLER_KEY: distinct accounts floored to estimate ÷ keys` : '',
    release.settings.bucketUnits ? `${Object.keys(release.settings.bucketUnits).length} bucket(s) counted by another unit than BUCKET (${release.settings.bucket}): rows labelled with the unit counted` : '',
    release.settings.dp ? `DP: ε=${release.settings.dp.epsilon} per bucket spent (see ${paths.dpLedger})` : '',
    `audit entry seq ${entry.seq} appended to ${paths.auditLog}`,
  ].filter(Boolean);
  io.stderr.write(summary.join('; ') + '\n');
  const hint = emptyStoreHint(values.store, release, config, range);
  if (hint) io.stderr.write(`export: ${hint}\n`);
  return 0;
}
